/// A mixed-integer linear program to minimise: columns with bounds, an objective coefficient and
/// integrality, and rows of sparse coefficients between two bounds. Knows nothing of what it models.
public struct MixedIntegerModel: Sendable, Hashable {
    /// A variable: `lower <= x <= upper`, costing `objective` per unit, integer or continuous.
    public struct Column: Sendable, Hashable {
        public var lower: Double
        public var upper: Double
        public var objective: Double
        public var isInteger: Bool

        /// Creates a column; use `-.infinity` / `.infinity` for a free side.
        public init(lower: Double = 0, upper: Double = .infinity, objective: Double = 0, isInteger: Bool = false) {
            self.lower = lower
            self.upper = upper
            self.objective = objective
            self.isInteger = isInteger
        }
    }

    /// A constraint `lower <= sum(coefficients[i] x columns[i]) <= upper`.
    public struct Row: Sendable, Hashable {
        public var columns: [Int]
        public var coefficients: [Double]
        public var lower: Double
        public var upper: Double
    }

    /// The columns in the order they were added.
    public private(set) var columns: [Column] = []
    /// The rows in the order they were added.
    public private(set) var rows: [Row] = []

    /// An empty model.
    public init() {}

    /// Adds a column and returns its index.
    @discardableResult
    public mutating func addColumn(_ column: Column) -> Int {
        precondition(column.lower <= column.upper, "column bounds \(column.lower) > \(column.upper)")
        columns.append(column)
        return columns.count - 1
    }

    /// Adds a column and returns its index.
    @discardableResult
    public mutating func addColumn(lower: Double = 0, upper: Double = .infinity, objective: Double = 0, isInteger: Bool = false) -> Int {
        addColumn(Column(lower: lower, upper: upper, objective: objective, isInteger: isInteger))
    }

    /// Adds the row `lower <= sum(coefficient x column) <= upper` and returns its index; a column may
    /// appear once only.
    @discardableResult
    public mutating func addRow(_ terms: [(column: Int, coefficient: Double)], lower: Double = -.infinity, upper: Double = .infinity) -> Int {
        precondition(lower <= upper, "row bounds \(lower) > \(upper)")
        for term in terms {
            precondition(columns.indices.contains(term.column), "row names column \(term.column), which the model has not")
        }
        rows.append(Row(columns: terms.map(\.column), coefficients: terms.map(\.coefficient), lower: lower, upper: upper))
        return rows.count - 1
    }

    /// The objective of `values` (one per column).
    public func objective(of values: [Double]) -> Double {
        zip(columns, values).reduce(0) { $0 + $1.0.objective * $1.1 }
    }

    /// Whether `values` meet every bound, row and integrality within `tolerance`.
    public func isFeasible(_ values: [Double], tolerance: Double = 1e-6) -> Bool {
        guard values.count == columns.count else { return false }
        for (column, value) in zip(columns, values) {
            if value < column.lower - tolerance || value > column.upper + tolerance { return false }
            if column.isInteger, abs(value - value.rounded()) > tolerance { return false }
        }
        for row in rows {
            let activity = zip(row.columns, row.coefficients).reduce(0) { $0 + $1.1 * values[$1.0] }
            if activity < row.lower - tolerance || activity > row.upper + tolerance { return false }
        }
        return true
    }
}
