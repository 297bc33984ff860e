/// Finds an import's files by the index their staging rows carry, for messages.
struct ImportFileIndex {
    let files: [ImportFile]

    func name(_ index: Int) -> String {
        files.first { $0.index == index }?.name ?? "file \(index)"
    }

    /// How file `index` names the column that fills staging column `staging` of `target`.
    func column(_ staging: String, target: TargetTable, file index: Int) -> String {
        guard let file = files.first(where: { $0.index == index }),
              let binding = file.bindings.first(where: { $0.output.target == target }),
              let position = binding.output.columns.firstIndex(where: { $0.staging == staging }),
              let name = binding.headerNames[position] else { return staging }
        return name
    }
}
