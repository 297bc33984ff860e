import CLibPQ

/// Keeps the server's NOTICE and WARNING messages so that libpq does not print them on the
/// terminal; callers read them with `Connection.takeNotices()`.
final class NoticeCollector {
    private var messages: [String] = []

    func install(on connection: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        PQsetNoticeReceiver(connection, { argument, result in
            guard let argument, let result else { return }
            let collector = Unmanaged<NoticeCollector>.fromOpaque(argument).takeUnretainedValue()
            if let text = PQresultErrorMessage(result) {
                collector.append(String(cString: text).trimmingTrailingNewlines())
            }
        }, context)
    }

    func append(_ message: String) {
        if messages.count < 1000 { messages.append(message) }
    }

    func take() -> [String] {
        defer { messages.removeAll() }
        return messages
    }
}
