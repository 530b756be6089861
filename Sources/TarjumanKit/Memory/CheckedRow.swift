import GRDB

extension Row {
    /// The value of column `index` as `Value`, or an error naming the column when the store
    /// holds another kind of value there (NULL, text in a number column, bytes that are not
    /// UTF-8: a store changed by another program). GRDB's own subscript stops the process.
    func checked<Value: DatabaseValueConvertible>(_ index: Int, as type: Value.Type = Value.self)
        throws(UnreadableStoreValue) -> Value
    {
        let stored: DatabaseValue = self[index]
        guard let value = Value.fromDatabaseValue(stored) else {
            throw UnreadableStoreValue(
                column: index < count ? Array(columnNames)[index] : "#\(index)",
                expected: "\(Value.self)", found: stored)
        }
        return value
    }

    /// The origin penalty in column `index`: a whole number from 0 to 100 (a store edited
    /// to hold -50 gave matches scored 150%).
    func checkedPenalty(_ index: Int) throws(UnreadableStoreValue) -> Int {
        let penalty = try checked(index, as: Int.self)
        guard (0...100).contains(penalty) else {
            throw UnreadableStoreValue(
                column: Array(columnNames)[index], expected: "penalty", found: self[index])
        }
        return penalty
    }
}

/// A value of the wrong kind in a memory store's column.
struct UnreadableStoreValue: Error, CustomStringConvertible {
    /// The column's name.
    let column: String
    /// The type Tarjuman stores there.
    let expected: String
    /// What the store holds instead.
    let found: DatabaseValue

    var description: String {
        let kind =
            switch found.storage {
            case .null: "NULL"
            case .int64(let value) where expected == "penalty": "\(value)"
            case .int64: "a whole number"
            case .double: "a real number"
            case .string: "text"
            case .blob(let bytes): "\(bytes.count) bytes that are not \(wanted)"
            }
        return
            "holds \(kind) in column '\(column)' where Tarjuman keeps \(wanted): the file was changed by another program; rebuild the memory with `tm import` from your TMX files"
    }

    /// What Tarjuman keeps in the column, for people.
    private var wanted: String {
        switch expected {
        case "String": "UTF-8 text"
        case "Int", "Int64": "a whole number"
        case "penalty": "a penalty from 0 to 100"
        default: "a list of token ids"
        }
    }
}
