// Small pieces the report's sections share.

extension HTML {
    /// A legend entry's opening and its colour square.
    static func swatch(_ colour: String) -> HTML {
        "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect width=\"14\" height=\"14\" fill=\"\(colour)\"/></svg>"
    }

    /// A CSS length in percent with two decimals, `42.17%`, for bars and ticks.
    static func percentLength(_ share: Double) -> String {
        (max(0, min(1, share)) * 100).formatted(fractionDigits: 2) + "%"
    }
}
