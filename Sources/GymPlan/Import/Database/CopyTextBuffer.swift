/// Rows in PostgreSQL's COPY text format, built in memory and then streamed through COPY.
struct CopyTextBuffer {
    private(set) var bytes: [UInt8] = []
    private var fieldsInRow = 0

    init(capacity: Int = 1 << 18) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends a field; nil is NULL (`\N`). Backslash, tab and line breaks are escaped.
    mutating func append(_ value: String?) {
        if fieldsInRow > 0 { bytes.append(0x09) }
        fieldsInRow += 1
        guard var text = value else {
            bytes.append(0x5C)
            bytes.append(0x4E)
            return
        }
        text.withUTF8 { utf8 in
            if !utf8.contains(where: { $0 == 0x5C || $0 < 0x20 }) {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
                default: bytes.append(byte)
                }
            }
        }
    }

    /// Appends a whole number field, its digits written straight into the buffer.
    mutating func append(_ value: Int) {
        if fieldsInRow > 0 { bytes.append(0x09) }
        fieldsInRow += 1
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// Ends the current row.
    mutating func endRow() {
        bytes.append(0x0A)
        fieldsInRow = 0
    }
}
