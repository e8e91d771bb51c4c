import PlanciteDataset
import Testing

@Suite struct DocumentIDTests {
    @Test(arguments: [
        ("Samples/plan.pdf", "plan"),
        ("Plan 2024 (Final).PDF", "plan-2024-final"),
        ("../../etc/passwd", "passwd"),
        ("...pdf", "document"),
        ("—.pdf", "document"),
        ("Stratégie nationale.pdf", "strat-gie-nationale"),
    ])
    func slugs(name: String, slug: String) {
        #expect(DocumentIDAllocator.slug(name) == slug)
    }

    @Test func repeatsGetSuffixes() {
        var allocator = DocumentIDAllocator()
        #expect(["a/plan.pdf", "b/plan.pdf", "c/Plan.pdf"].map { allocator.allocate(forFileName: $0) } == ["plan", "plan-2", "plan-3"])
    }
}
