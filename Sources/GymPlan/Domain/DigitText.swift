/// Fixed-width runs of ASCII digits, for dates and school years.
enum DigitText {
    /// The number the bytes spell; nil unless every one is an ASCII digit.
    static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Runs `body` over the UTF-8 bytes of `text`, without copying a native string.
    static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8(body)
    }

    /// `value` with leading zeros to `width` digits (`7` -> `07`); negative numbers as they are.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        guard value >= 0 else { return digits }
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
