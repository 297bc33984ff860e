import Foundation

extension MinistryExport {
    /// The document as JSON: keys sorted, two-space indented, ending in a newline, so the same
    /// data gives the same bytes apart from `generated_at`.
    public func jsonData() throws -> Data {
        var data = try JSONOutput.encoder().encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Reads a document written by `jsonData()`.
    public static func decode(_ data: Data) throws -> MinistryExport {
        try JSONDecoder().decode(MinistryExport.self, from: data)
    }
}
