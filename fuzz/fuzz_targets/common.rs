// Shared by the targets: a parser that catches its own panics (pdf-extract's)
// must not look like a crash, so the panic message is silenced; a panic that
// escapes still aborts, through libfuzzer-sys.
pub fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| std::panic::set_hook(Box::new(|_| {})));
}
