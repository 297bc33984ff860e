/// A file's bytes converted to UTF-8, with the places where the input was not valid in its encoding.
///
/// Invalid input is replaced by U+FFFD so that parsing can go on and report every problem with
/// its position; `invalidBytes` lists where, by offset into `utf8`.
struct DecodedText: Sendable {
    /// One input byte that is not valid in the file's encoding.
    struct InvalidByte: Sendable, Equatable {
        /// Offset of its replacement character in `utf8`.
        var offset: Int
        /// The byte as it was in the input.
        var byte: UInt8
    }

    var utf8: [UInt8]
    var encoding: TextEncoding
    var invalidBytes: [InvalidByte]

    /// Decodes `bytes`: a UTF-8 BOM or valid UTF-8 means UTF-8, and so does UTF-8 with a corrupt
    /// sequence among valid ones (read as Windows-1252 it would garble every accented letter);
    /// anything else is Windows-1252, unless `forced` names the encoding.
    init(bytes: [UInt8], forced: TextEncoding?) {
        var start = 0
        var encoding = forced
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF, forced != .windows1252 {
            start = 3
            encoding = .utf8
        }
        let firstInvalid = UTF8Validation.firstInvalidOffset(in: bytes, from: start)
        if encoding == nil, firstInvalid != nil, UTF8Validation.containsMultiByteSequence(in: bytes, from: start) {
            encoding = .utf8
        }
        switch (encoding, firstInvalid) {
        case (.utf8, nil), (nil, nil):
            self.utf8 = start == 0 ? bytes : Array(bytes[start...])
            self.encoding = .utf8
            self.invalidBytes = []
        case (.utf8, .some):
            (self.utf8, self.invalidBytes) = UTF8Validation.repaired(bytes, from: start)
            self.encoding = .utf8
        case (.windows1252, _), (nil, .some):
            (self.utf8, self.invalidBytes) = Windows1252.transcode(bytes, from: start)
            self.encoding = .windows1252
        }
    }
}
