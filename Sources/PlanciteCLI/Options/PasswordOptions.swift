import ArgumentParser

/// Options for opening encrypted PDFs.
struct PasswordOptions: ParsableArguments {
    @Option(help: "The password of encrypted PDFs (the same for every file).")
    var password: String?
}
