// `sqlx::migrate!` embeds the migrations when the crate is compiled, and
// cargo does not see the files a macro reads: without this, a new migration
// is left out of an incremental build.
fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
}
