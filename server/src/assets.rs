//! Static assets held in memory, each with gzip and brotli variants and a content hash in its
//! URL, so they can be cached for a year and still change with every release.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

pub struct Asset {
    pub content_type: &'static str,
    pub identity: Vec<u8>,
    pub gzip: Vec<u8>,
    pub br: Vec<u8>,
    pub etag: String,
}

#[derive(Default)]
pub struct AssetStore {
    by_path: HashMap<String, Asset>,
    urls: HashMap<&'static str, String>,
}

const CSS: &str = include_str!("../../style/main.css");
const BOOT_JS: &str = include_str!("../static/boot.js");
/// Output name of the wasm bundle (`target/site/pkg/equilibre.{js,wasm}`).
pub const OUTPUT_NAME: &str = "equilibre";

fn short_hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(bytes);
    d.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 9, ..Default::default() };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

impl AssetStore {
    /// Loads the compiled-in CSS and boot script, and the wasm bundle from `site_dir/pkg` when it
    /// was built (precompressed `.br`/`.gz` files made at build time are used when present).
    pub fn load(site_dir: &Path) -> AssetStore {
        let mut store = AssetStore::default();
        store.insert("css", "main", "css", "text/css; charset=utf-8", CSS.as_bytes().to_vec(), None, None);
        let pkg = site_dir.join("pkg");
        let js = std::fs::read(pkg.join(format!("{OUTPUT_NAME}.js")));
        let wasm = std::fs::read(pkg.join(format!("{OUTPUT_NAME}.wasm")));
        match (js, wasm) {
            (Ok(js), Ok(wasm)) => {
                let pre = |ext: &str, suffix: &str| std::fs::read(pkg.join(format!("{OUTPUT_NAME}.{ext}.{suffix}"))).ok();
                store.insert("pkg_js", OUTPUT_NAME, "js", "text/javascript; charset=utf-8", js, pre("js", "gz"), pre("js", "br"));
                store.insert("pkg_wasm", OUTPUT_NAME, "wasm", "application/wasm", wasm, pre("wasm", "gz"), pre("wasm", "br"));
                store.insert("boot", "boot", "js", "text/javascript; charset=utf-8", BOOT_JS.as_bytes().to_vec(), None, None);
            }
            _ => tracing::warn!(
                "no wasm bundle in {}: pages are served without JavaScript (run `make build`)",
                pkg.display()
            ),
        }
        store
    }

    #[allow(clippy::too_many_arguments)]
    fn insert(
        &mut self,
        key: &'static str,
        stem: &str,
        ext: &str,
        content_type: &'static str,
        identity: Vec<u8>,
        gz: Option<Vec<u8>>,
        br: Option<Vec<u8>>,
    ) {
        let hash = short_hash(&identity);
        let url = format!("/assets/{stem}.{hash}.{ext}");
        let asset = Asset {
            content_type,
            gzip: gz.unwrap_or_else(|| gzip(&identity)),
            br: br.unwrap_or_else(|| brotli(&identity)),
            identity,
            etag: format!("\"{hash}\""),
        };
        self.by_path.insert(url.clone(), asset);
        self.urls.insert(key, url);
    }

    pub fn get(&self, path: &str) -> Option<&Asset> {
        self.by_path.get(path)
    }

    /// The URLs pages link to.
    pub fn page_assets(&self) -> app::components::layout::Assets {
        app::components::layout::Assets {
            css: self.urls.get("css").cloned().unwrap_or_default(),
            boot_js: self.urls.get("boot").cloned(),
            pkg_js: self.urls.get("pkg_js").cloned().unwrap_or_default(),
            pkg_wasm: self.urls.get("pkg_wasm").cloned().unwrap_or_default(),
        }
    }
}
