//! Where a request comes from (for throttling and the audit trail).

use super::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The client's address: the connection's peer or, behind `EQUILIBRE_TRUSTED_PROXIES` proxies,
/// the `X-Forwarded-For` entry the outermost trusted proxy added (see [`forwarded_client`]).
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        if state.config.trusted_proxies > 0 {
            // Lossy: a client's bytes in the same line as the proxy's must not make the whole line,
            // the proxy's entry included, unreadable.
            let lines: Vec<String> = parts.headers.get_all("x-forwarded-for").iter().map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()).collect();
            let entries: Vec<&str> = lines.iter().flat_map(|v| v.split(',')).collect();
            if let Some(ip) = forwarded_client(&entries, state.config.trusted_proxies) {
                return Ok(ClientIp(ip.to_string()));
            }
        }
        Ok(ClientIp(peer.map_or_else(|| "unknown".into(), |ip| ip.to_string())))
    }
}

/// The client address among `X-Forwarded-For` entries (in header order) when `hops` trusted
/// proxies stand in front of the portal: each appends the address it received the request
/// from, so the client is the `hops`-th entry from the end. Entries before it are whatever the
/// client sent and are never read; if that entry is missing or is not an address (`unknown`,
/// an obfuscated name), `None`: the caller keeps the connection's peer rather than guess.
pub fn forwarded_client(entries: &[&str], hops: usize) -> Option<IpAddr> {
    let entry = entries.len().checked_sub(hops).and_then(|i| entries.get(i))?.trim();
    if let Ok(ip) = entry.parse::<IpAddr>() {
        return Some(ip);
    }
    // `203.0.113.7:51234` or `[2001:db8::1]:51234` (some proxies append the port).
    entry.parse::<SocketAddr>().ok().map(|s| s.ip())
}

/// The key rate limits count an address under: an IPv4 address, or the /64 of an IPv6 one (one
/// subscriber line gets a whole /64: counting single addresses would give it 2^64 quotas).
pub fn limit_key(address: &str) -> String {
    match address.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(IpAddr::V6(v6)) => v6.to_ipv4_mapped().map_or_else(|| address.to_owned(), |v4| v4.to_string()),
        _ => address.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_entry_the_trusted_proxy_added_is_read() {
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        // One proxy: the last entry, whatever the client put before it.
        assert_eq!(forwarded_client(&["6.6.6.6", "203.0.113.7"], 1), ip("203.0.113.7"));
        // It appended something that is not an address: no guess (the old code took 6.6.6.6).
        assert_eq!(forwarded_client(&["6.6.6.6", "unknown"], 1), None);
        assert_eq!(forwarded_client(&["6.6.6.6", "_hidden"], 1), None);
        // With a port.
        assert_eq!(forwarded_client(&["6.6.6.6", "203.0.113.7:4711"], 1), ip("203.0.113.7"));
        assert_eq!(forwarded_client(&["[2001:db8::1]:4711"], 1), ip("2001:db8::1"));
        // Two proxies: the second entry from the end.
        assert_eq!(forwarded_client(&["6.6.6.6", "203.0.113.7", "10.0.0.2"], 2), ip("203.0.113.7"));
        // Fewer entries than trusted proxies: no guess.
        assert_eq!(forwarded_client(&["203.0.113.7"], 2), None);
        assert_eq!(forwarded_client(&[], 1), None);
    }

    #[test]
    fn ipv6_addresses_count_by_their_64() {
        assert_eq!(limit_key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(limit_key("2001:db8:1:2:ffff:1:2:3"), limit_key("2001:db8:1:2::9"));
        assert_ne!(limit_key("2001:db8:1:3::1"), limit_key("2001:db8:1:2::1"));
        assert_eq!(limit_key("203.0.113.7"), "203.0.113.7");
        assert_eq!(limit_key("::ffff:203.0.113.7"), "203.0.113.7");
        assert_eq!(limit_key("unknown"), "unknown");
    }
}
