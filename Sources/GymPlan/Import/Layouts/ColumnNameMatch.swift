/// Near misses between a required column's name and a file's header names, for the message
/// `school_id: required column is missing (found 'schol_id')`.
enum ColumnNameMatch {
    /// The header name most like `name` (ignoring case, spaces, underscores and hyphens, then
    /// within a small edit distance), among `candidates`; nil when none is close.
    static func nearMiss(of name: String, among candidates: [String]) -> String? {
        let target = normalised(name)
        let allowed = target.count <= 4 ? 1 : 2
        var best: (name: String, distance: Int)?
        for candidate in candidates where !candidate.isEmpty {
            let distance = editDistance(target, normalised(candidate))
            if distance <= allowed, distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best?.name
    }

    static func normalised(_ name: String) -> [Character] {
        Array(name.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" })
    }

    /// The Levenshtein distance of two short names.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0 ... b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
