import Foundation
import TarjumanPostgres
import Testing

@testable import TarjumanKit

/// A store's address in a message never shows its password, valid or not.
@Suite struct StoreAddressTests {
    @Test(arguments: [
        ("postgres://ann:s3cret@db.example:5432/tm", "postgres://ann:***@db.example:5432/tm"),
        ("postgres://ann:p@ss:w@rd@host/tm?x=@", "postgres://ann:***@host/tm?x=@"),
        ("mysql://root:hunter2@h/db", "mysql://root:***@h/db"),
        ("postgres://ann@host/tm", "postgres://ann@host/tm"),
        ("postgres://host/tm?user=a:b@c", "postgres://host/tm?user=a:b@c"),
        ("memory.sqlite", "memory.sqlite"),
    ])
    func passwordsAreHidden(_ address: String, _ shown: String) {
        #expect(redactedURL(address) == shown)
    }

    @Test func anInvalidAddressDoesNotShowItsPassword() {
        for url in [
            "postgres://ann:s3cret@/tm", "postgres://ann:s3cret@host:99999/tm",
            "postgres://ann:s3cret@host:0/tm",
        ] {
            #expect {
                _ = try PostgresMemoryStore(url: url)
            } throws: { error in
                let message = "\(error)"
                return !message.contains("s3cret") && message.contains("ann:***@")
            }
        }
    }
}
