import CCbc

/// The one owner of a `Cbc_Model*`: created in `init`, freed once in `deinit`. Not Sendable; it lives
/// inside one call of ``CbcSolver/solve(_:options:)``.
final class CbcModelHandle {
    let pointer: UnsafeMutableRawPointer

    init() {
        guard let pointer = Cbc_newModel() else { fatalError("Cbc_newModel returned no model (out of memory)") }
        self.pointer = pointer
    }

    deinit {
        Cbc_deleteModel(pointer)
    }

    /// Loads `model` (columns, rows in compressed sparse columns, integrality), to be minimised.
    func load(_ model: MixedIntegerModel) {
        let columnCount = model.columns.count
        var counts = [Int](repeating: 0, count: columnCount + 1)
        for row in model.rows {
            for column in row.columns { counts[column + 1] += 1 }
        }
        for index in 0..<columnCount { counts[index + 1] += counts[index] }
        var starts = counts.map { CoinBigIndex($0) }
        var next = counts
        var indices = [Int32](repeating: 0, count: counts[columnCount])
        var values = [Double](repeating: 0, count: counts[columnCount])
        for (rowIndex, row) in model.rows.enumerated() {
            for (column, coefficient) in zip(row.columns, row.coefficients) {
                indices[next[column]] = Int32(rowIndex)
                values[next[column]] = coefficient
                next[column] += 1
            }
        }
        if starts.isEmpty { starts = [0] }
        let columnLower = model.columns.map { Self.finite($0.lower) }
        let columnUpper = model.columns.map { Self.finite($0.upper) }
        let objective = model.columns.map(\.objective)
        let rowLower = model.rows.map { Self.finite($0.lower) }
        let rowUpper = model.rows.map { Self.finite($0.upper) }
        Cbc_loadProblem(pointer, Int32(columnCount), Int32(model.rows.count), starts, indices, values,
                        columnLower, columnUpper, objective, rowLower, rowUpper)
        for (index, column) in model.columns.enumerated() where column.isInteger {
            Cbc_setInteger(pointer, Int32(index))
        }
        Cbc_setObjSense(pointer, 1)
    }

    /// A solution to start the search from (one value per column).
    func setStart(_ values: [Double]) {
        let indices = (0..<Int32(values.count)).map { $0 }
        Cbc_setMIPStartI(pointer, Int32(values.count), indices, values)
    }

    func setParameter(_ name: String, _ value: String) {
        Cbc_setParameter(pointer, name, value)
    }

    /// CBC's infinity is the largest finite double.
    private static func finite(_ value: Double) -> Double {
        if value == .infinity { return .greatestFiniteMagnitude }
        if value == -.infinity { return -.greatestFiniteMagnitude }
        return value
    }
}
