//! A minimal blocking HTTP/1.1 client for the CLI (`fixes`, `import`): one request per
//! connection, plain HTTP. Enough to talk to a running daemon or a Prometheus server without
//! pulling an HTTP client stack into the build.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("{0:?} is not an http:// URL (https is not supported by the CLI client)")]
    Url(String),
    #[error("connecting to {address}: {source}")]
    Connect {
        address: String,
        source: std::io::Error,
    },
    #[error("talking to {address}: {source}")]
    Io {
        address: String,
        source: std::io::Error,
    },
    #[error("malformed response from {0}")]
    Response(String),
    #[error("the bearer token is empty or holds a control character")]
    Token,
}

/// A base URL such as `http://127.0.0.1:8977` or `http://prometheus:9090/prefix`.
#[derive(Debug, Clone)]
pub struct BaseUrl {
    host_port: String,
    prefix: String,
    /// The `Authorization` header sent with every request, if any.
    authorization: Option<String>,
}

/// A response: status and body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub body: String,
}

impl BaseUrl {
    pub fn parse(url: &str) -> Result<BaseUrl, ClientError> {
        let rest = url
            .strip_prefix("http://")
            .ok_or_else(|| ClientError::Url(url.to_string()))?;
        let (host_port, prefix) = match rest.find('/') {
            Some(i) => (&rest[..i], rest[i..].trim_end_matches('/')),
            None => (rest, ""),
        };
        if host_port.is_empty() {
            return Err(ClientError::Url(url.to_string()));
        }
        let host_port = if host_port.contains(':') {
            host_port.to_string()
        } else {
            format!("{host_port}:80")
        };
        Ok(BaseUrl {
            host_port,
            prefix: prefix.to_string(),
            authorization: None,
        })
    }

    /// Sends `Authorization: Bearer <token>` with every request (the daemon's `auth:`).
    pub fn with_bearer_token(mut self, token: &str) -> Result<BaseUrl, ClientError> {
        if token.is_empty() || token.chars().any(|c| c.is_control()) {
            return Err(ClientError::Token);
        }
        self.authorization = Some(format!("Bearer {token}"));
        Ok(self)
    }

    /// Sends one request; `path` includes any query string.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<&[u8]>,
    ) -> Result<Reply, ClientError> {
        let address = self.host_port.clone();
        let addr = address
            .to_socket_addrs()
            .map_err(|source| ClientError::Connect {
                address: address.clone(),
                source,
            })?
            .next()
            .ok_or_else(|| ClientError::Response(address.clone()))?;
        let mut stream =
            TcpStream::connect_timeout(&addr, Duration::from_secs(10)).map_err(|source| {
                ClientError::Connect {
                    address: address.clone(),
                    source,
                }
            })?;
        let io = |source| ClientError::Io {
            address: address.clone(),
            source,
        };
        stream
            .set_read_timeout(Some(Duration::from_secs(120)))
            .map_err(io)?;
        let body = body.unwrap_or_default();
        let authorization = match &self.authorization {
            Some(value) => format!("Authorization: {value}\r\n"),
            None => String::new(),
        };
        let head = format!(
            "{method} {}{path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nAccept: application/json\r\nContent-Type: application/json\r\n{authorization}Content-Length: {}\r\n\r\n",
            self.prefix,
            body.len()
        );
        stream.write_all(head.as_bytes()).map_err(io)?;
        stream.write_all(body).map_err(io)?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).map_err(io)?;
        parse_response(&raw).ok_or_else(|| ClientError::Response(address.clone()))
    }
}

fn parse_response(raw: &[u8]) -> Option<Reply> {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..split]).ok()?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    let body = &raw[split + 4..];
    let chunked = head.lines().any(|l| {
        l.to_ascii_lowercase().starts_with("transfer-encoding:")
            && l.to_ascii_lowercase().contains("chunked")
    });
    let body = if chunked {
        dechunk(body)?
    } else {
        body.to_vec()
    };
    Some(Reply {
        status,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = body.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size + 2..)?;
    }
}

/// Percent-encodes a query parameter value.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_responses() {
        assert!(BaseUrl::parse("https://x").is_err());
        let u = BaseUrl::parse("http://prom:9090/sub/").expect("valid");
        assert_eq!(
            (u.host_port.as_str(), u.prefix.as_str()),
            ("prom:9090", "/sub")
        );
        let r = parse_response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n").expect("parses");
        assert_eq!((r.status, r.body.as_str()), (200, "abcde"));
        assert_eq!(encode("a b{c=\"d\"}"), "a%20b%7Bc%3D%22d%22%7D");
    }
}
