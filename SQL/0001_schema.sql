-- gymplan's schema: the entities of the data contract (shared/spec/data-contract.md, section 2),
-- with the contract's rules as keys, foreign keys and check constraints.
-- Coordinates are kept as WGS84 degrees and as a PostGIS geography point derived from them.

CREATE EXTENSION IF NOT EXISTS postgis;

-- Key columns (codes and ids) sort and compare by code point (COLLATE "C"): the order the exports
-- promise, and index builds and key sorts that do not go through the locale.

-- 'YYYY-YYYY', the second year following the first. translate() checks the shape (four ASCII
-- digits, a dash, four ASCII digits) as the regular expression '^[0-9]{4}-[0-9]{4}$' would, at
-- a fraction of its cost per row, and before the casts, which then cannot fail.
CREATE DOMAIN school_year AS text COLLATE "C"
    CHECK (translate(VALUE, '0123456789', '0000000000') = '0000-0000'
           AND substr(VALUE, 6, 4)::int = substr(VALUE, 1, 4)::int + 1);

CREATE TABLE municipality (
    code        text COLLATE "C" PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
    name        text NOT NULL CHECK (name <> ''),
    province    text
);

CREATE TABLE school (
    school_id           text COLLATE "C" PRIMARY KEY CHECK (school_id ~ '^[0-9]{2}[A-Z]{2}[0-9]{2}$'),
    name                text NOT NULL CHECK (name <> ''),
    municipality_code   text COLLATE "C" NOT NULL REFERENCES municipality (code) DEFERRABLE INITIALLY IMMEDIATE,
    board_id            text,
    postcode            text CHECK (postcode ~ '^[0-9]{4}[A-Z]{2}$'),
    latitude            double precision CHECK (latitude BETWEEN 50.7 AND 53.6),
    longitude           double precision CHECK (longitude BETWEEN 3.3 AND 7.3),
    -- 'file': the school's own coordinates; 'pc4': the centre of its four-digit postcode area.
    location_source     text CHECK (location_source IN ('file', 'pc4')),
    location            geography(Point, 4326) GENERATED ALWAYS AS (
                            CASE WHEN latitude IS NOT NULL AND longitude IS NOT NULL
                                 THEN ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography END
                        ) STORED,
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK ((latitude IS NULL) = (location_source IS NULL))
);
CREATE INDEX school_municipality_idx ON school (municipality_code);
CREATE INDEX school_location_idx ON school USING gist (location);

CREATE TABLE gym (
    gym_id              text COLLATE "C" PRIMARY KEY CHECK (length(gym_id) BETWEEN 1 AND 64),
    name                text NOT NULL CHECK (name <> ''),
    municipality_code   text COLLATE "C" NOT NULL REFERENCES municipality (code) DEFERRABLE INITIALLY IMMEDIATE,
    latitude            double precision CHECK (latitude BETWEEN 50.7 AND 53.6),
    longitude           double precision CHECK (longitude BETWEEN 3.3 AND 7.3),
    halls               integer NOT NULL CHECK (halls BETWEEN 1 AND 10),
    hours_per_week      numeric(6, 2) NOT NULL CHECK (hours_per_week BETWEEN 0 AND 60),
    location            geography(Point, 4326) GENERATED ALWAYS AS (
                            CASE WHEN latitude IS NOT NULL AND longitude IS NOT NULL
                                 THEN ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography END
                        ) STORED,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX gym_municipality_idx ON gym (municipality_code);
CREATE INDEX gym_location_idx ON gym USING gist (location);

-- Route (walking) distances measured by the municipality; absent pairs are estimated.
CREATE TABLE distance (
    school_id       text COLLATE "C" NOT NULL REFERENCES school (school_id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    gym_id          text COLLATE "C" NOT NULL REFERENCES gym (gym_id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    distance_m      integer NOT NULL CHECK (distance_m >= 0),
    travel_minutes  numeric(6, 1) CHECK (travel_minutes >= 0),
    PRIMARY KEY (school_id, gym_id)
);
CREATE INDEX distance_gym_idx ON distance (gym_id);

CREATE TABLE class (
    school_year     school_year NOT NULL,
    school_id       text COLLATE "C" NOT NULL REFERENCES school (school_id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    class_id        text COLLATE "C" NOT NULL CHECK (length(class_id) BETWEEN 1 AND 32),
    -- the grades (1..8) taught together in this class, ascending and distinct
    grades          smallint[] NOT NULL CHECK (
                        cardinality(grades) BETWEEN 1 AND 8
                        AND array_position(grades, NULL) IS NULL
                        AND 1 <= ALL (grades) AND 8 >= ALL (grades)),
    pupils          integer CHECK (pupils BETWEEN 0 AND 60),
    PRIMARY KEY (school_year, school_id, class_id)
);
CREATE INDEX class_school_idx ON class (school_id, school_year);

CREATE TABLE teacher (
    teacher_id      text COLLATE "C" PRIMARY KEY CHECK (length(teacher_id) BETWEEN 1 AND 64),
    qualification   text NOT NULL CHECK (qualification IN
                        ('broad_pre2005', 'broad_course', 'course_enrolled', 'specialist', 'none')),
    qualified_on    date,
    school_id       text COLLATE "C" REFERENCES school (school_id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX teacher_school_idx ON teacher (school_id);

-- One PE lesson in a class's weekly timetable. A class has at most one lesson starting at a
-- given weekday and time.
CREATE TABLE lesson (
    -- a school year by its foreign key: always that of the lesson's class (a school_year)
    school_year     text COLLATE "C" NOT NULL,
    school_id       text COLLATE "C" NOT NULL,
    class_id        text COLLATE "C" NOT NULL,
    weekday         smallint NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    start           time NOT NULL,
    minutes         integer NOT NULL CHECK (minutes BETWEEN 15 AND 180),
    gym_id          text COLLATE "C" REFERENCES gym (gym_id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    teacher_id      text COLLATE "C" REFERENCES teacher (teacher_id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    PRIMARY KEY (school_year, school_id, class_id, weekday, start),
    FOREIGN KEY (school_year, school_id, class_id)
        REFERENCES class (school_year, school_id, class_id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX lesson_teacher_idx ON lesson (teacher_id);
CREATE INDEX lesson_gym_idx ON lesson (gym_id);

-- Applications for the lerarenbeurs / subsidie bewegingsonderwijs.
CREATE TABLE grant_application (
    grant_id        text COLLATE "C" PRIMARY KEY CHECK (grant_id <> ''),
    teacher_id      text COLLATE "C" NOT NULL REFERENCES teacher (teacher_id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    applied_on      date NOT NULL,
    status          text NOT NULL CHECK (status IN ('applied', 'awarded', 'rejected', 'withdrawn', 'completed')),
    decided_on      date CHECK (decided_on >= applied_on),
    completed_on    date CHECK (completed_on >= coalesce(decided_on, applied_on)),
    amount_eur      numeric(12, 2) CHECK (amount_eur >= 0),
    CHECK ((status = 'completed') = (completed_on IS NOT NULL))
);
CREATE INDEX grant_teacher_idx ON grant_application (teacher_id, applied_on);

-- Centres of four-digit postcode areas (PC4), for schools with a postcode but no coordinates.
CREATE TABLE postcode_area (
    pc4         text COLLATE "C" PRIMARY KEY CHECK (pc4 ~ '^[0-9]{4}$'),
    latitude    double precision NOT NULL,
    longitude   double precision NOT NULL
);
