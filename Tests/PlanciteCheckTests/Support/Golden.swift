import Foundation
import Testing
import TestSupport

/// The reporters' golden files, under `Golden/` beside the tests.
enum Golden {
    static let folder = GoldenFolder(
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden"))

    static var isRecording: Bool { GoldenFolder.isRecording }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        folder.check(actual, against: name, sourceLocation: sourceLocation)
    }
}
