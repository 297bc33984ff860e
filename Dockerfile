# Builds gymplan and runs it against the server named by DATABASE_URL (see docker-compose.yml).
FROM swift:6.3-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev coinor-libcbc-dev pkg-config && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources Sources
COPY Plugins Plugins
COPY SQL SQL
COPY Tests Tests
RUN swift build -c release --static-swift-stdlib --product gymplan

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 coinor-libcbc3 ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/.build/release/gymplan /usr/local/bin/gymplan
COPY data /work/data
COPY scripts/demo.sh /usr/local/bin/gymplan-demo
WORKDIR /work
ENTRYPOINT ["/bin/sh", "-c", "if [ \"$0\" = demo ]; then exec gymplan-demo /usr/local/bin/gymplan 2021-2022 /work/out; else exec gymplan \"$0\" \"$@\"; fi"]
