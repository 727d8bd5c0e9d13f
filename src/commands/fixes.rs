//! `fixes`: declare, list and remove fixes on a running daemon through its HTTP API.

use std::io::Write;

use super::CommandError;

/// A `fixes` subcommand.
pub enum FixCommand {
    Add {
        service: String,
        signature: String,
        reference: String,
        at: Option<String>,
        note: Option<String>,
    },
    List,
    Remove(i64),
}

/// Runs a `fixes` subcommand against the daemon at `base`; prints the daemon's JSON data.
pub fn fixes(
    base: &crate::client::BaseUrl,
    command: FixCommand,
    mut output: impl Write,
) -> Result<(), CommandError> {
    let reply = match command {
        FixCommand::Add {
            service,
            signature,
            reference,
            at,
            note,
        } => {
            let body = serde_json::json!({
                "service": service, "signature": signature, "ref": reference, "at": at, "note": note,
            });
            let body = serde_json::to_vec(&body).expect("JSON values serialise");
            base.request("POST", "/api/v1/fixes", Some(&body))?
        }
        FixCommand::List => base.request("GET", "/api/v1/fixes", None)?,
        FixCommand::Remove(id) => base.request("DELETE", &format!("/api/v1/fixes/{id}"), None)?,
    };
    if !(200..300).contains(&reply.status) {
        return Err(CommandError::Daemon {
            status: reply.status,
            body: reply.body.trim().to_string(),
        });
    }
    let value: serde_json::Value =
        serde_json::from_str(&reply.body).unwrap_or(serde_json::Value::String(reply.body));
    let data = value.get("data").cloned().unwrap_or(value);
    writeln!(
        output,
        "{}",
        serde_json::to_string_pretty(&data).expect("JSON values serialise")
    )?;
    Ok(())
}
