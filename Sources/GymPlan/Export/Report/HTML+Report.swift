// Small pieces the report's sections share.

extension HTML {
    /// A share as a whole percentage, `83%`.
    static func percent(_ share: Double) -> String {
        String(Int((share * 100).rounded())) + "%"
    }

    /// A legend entry's opening and its colour square.
    static func swatch(_ colour: String) -> HTML {
        "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect width=\"14\" height=\"14\" fill=\"\(colour)\"/></svg>"
    }
}
