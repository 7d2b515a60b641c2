//! See the module docs of the crate root.
