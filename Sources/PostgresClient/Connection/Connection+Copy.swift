import CLibPQ

/// Streams data into a running `COPY ... FROM STDIN`.
public struct CopyWriter: ~Copyable {
    let handle: OpaquePointer
    let interruption: Interruption?
    fileprivate(set) var bytesWritten = 0

    /// Sends raw bytes (already in the COPY format the statement asked for).
    public mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        if let interruption, interruption.isRequested { throw Interruption.error(statement: "COPY") }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        var offset = 0
        // libpq takes an int length: send large buffers in pieces.
        while offset < bytes.count {
            let length = min(bytes.count - offset, 1 << 20)
            let status = PQputCopyData(handle, base.advanced(by: offset).assumingMemoryBound(to: CChar.self), Int32(length))
            guard status == 1 else {
                throw PostgresError(kind: .connection, message: "sending COPY data failed: "
                    + (Connection.errorMessage(of: handle) ?? ""))
            }
            offset += length
        }
        bytesWritten += bytes.count
    }

    /// Sends a byte array.
    public mutating func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Sends a string as UTF-8 (its byte count, not its character count).
    public mutating func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
}

extension Connection {
    /// Runs a `COPY ... FROM STDIN` statement, lets `body` stream the data, and returns the number
    /// of rows copied. When `body` throws, the COPY is cancelled and the error rethrown.
    @discardableResult
    public func copyIn(_ sql: String, _ body: (inout CopyWriter) throws -> Void) throws -> Int {
        try checkInterruption(before: sql)
        guard let start = PQexec(handle, sql) else { throw connectionLostError(statement: sql) }
        guard PQresultStatus(start) == PGRES_COPY_IN else {
            _ = try check(start, statement: sql)
            throw PostgresError(kind: .programming, message: "statement did not start COPY FROM STDIN", statement: sql)
        }
        PQclear(start)
        var writer = CopyWriter(handle: handle, interruption: interruption)
        var bodyError: (any Error)?
        do {
            try body(&writer)
        } catch {
            bodyError = error
        }
        let endStatus: Int32 = bodyError == nil ? PQputCopyEnd(handle, nil) : PQputCopyEnd(handle, "cancelled by the client")
        // Drain every result, keeping the first error.
        var firstError: PostgresError?
        var rows = 0
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) == PGRES_COMMAND_OK {
                rows = Int(String(cString: PQcmdTuples(result))) ?? 0
                PQclear(result)
            } else if firstError == nil {
                do { _ = try check(result, statement: sql) } catch let error as PostgresError { firstError = error }
            } else {
                PQclear(result)
            }
        }
        if let bodyError { throw bodyError }
        if let firstError { throw firstError }
        if endStatus != 1 { throw connectionLostError(statement: sql) }
        return rows
    }
}
