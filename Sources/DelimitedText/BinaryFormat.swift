/// File formats that are not delimited text, told apart by their first bytes, so that a
/// spreadsheet or a PDF gives one clear message instead of thousands of lines of garbage.
public enum BinaryFormat: String, Sendable, Hashable {
    case excelWorkbook = "an Excel workbook"
    case oldExcelWorkbook = "an old Excel workbook (.xls)"
    case pdf = "a PDF document"
    case utf16 = "UTF-16 text (Excel's \"Unicode text\")"
    case binary = "a binary file, not CSV text"

    /// The format of `bytes`, or nil when they may be text.
    public static func detect(_ bytes: [UInt8]) -> BinaryFormat? {
        func starts(with signature: [UInt8]) -> Bool {
            bytes.count >= signature.count && bytes[0 ..< signature.count].elementsEqual(signature)
        }
        if starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .excelWorkbook }  // a ZIP: .xlsx, .ods
        if starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .oldExcelWorkbook }  // OLE compound file
        if starts(with: Array("%PDF".utf8)) { return .pdf }
        if starts(with: [0xFF, 0xFE]) || starts(with: [0xFE, 0xFF]) { return .utf16 }
        // Text has few control characters; a binary file has many in its first block.
        let sample = bytes.prefix(4096)
        let controls = sample.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        return controls > 8 && controls * 20 > sample.count ? .binary : nil
    }

    /// What the user should do, after the format's name.
    public var advice: String {
        switch self {
        case .binary: "save the data as CSV (UTF-8)"
        default: "save it as CSV (UTF-8)"
        }
    }
}
