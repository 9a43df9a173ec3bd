//! Who may do what: the staff roles, their scopes, and the access matrix of the Plan de gestion's
//! portal. Pure data, so every route and every data-layer query asks the same question.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// MEL: everything.
    Admin,
    /// Commune staff: their communes.
    Commune,
    /// Reception-site agents: their sites.
    Agent,
    /// A landlord's staff: their own attributions.
    Landlord,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Commune, Role::Agent, Role::Landlord];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Commune => "commune",
            Role::Agent => "agent",
            Role::Landlord => "landlord",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The kind of scope this role is limited to (`None` for admins: no limit).
    pub fn scope_kind(self) -> Option<ScopeKind> {
        match self {
            Role::Admin => None,
            Role::Commune => Some(ScopeKind::Commune),
            Role::Agent => Some(ScopeKind::Site),
            Role::Landlord => Some(ScopeKind::Landlord),
        }
    }

    /// Admins must use a second factor; others may.
    pub fn requires_totp(self) -> bool {
        self == Role::Admin
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Commune,
    Site,
    Landlord,
}

impl ScopeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ScopeKind::Commune => "commune",
            ScopeKind::Site => "site",
            ScopeKind::Landlord => "landlord",
        }
    }
}

/// What a staff member may touch, as the matrix's rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resource {
    /// Accounts and the audit trail.
    Users,
    /// Territory, stock and demand imports.
    Imports,
    /// The attribution register (import and entry).
    Register,
    /// The bilan and the dashboards below the metropole.
    Dashboards,
    /// Reception sites, schedules, closures.
    Sites,
    /// Bookings (personal data).
    Bookings,
    /// The deadline-at-risk list.
    DeadlineRisk,
}

impl Resource {
    pub const ALL: [Resource; 7] = [
        Resource::Users,
        Resource::Imports,
        Resource::Register,
        Resource::Dashboards,
        Resource::Sites,
        Resource::Bookings,
        Resource::DeadlineRisk,
    ];
}

/// A cell of the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    None,
    /// Within the user's own communes, sites or landlord.
    Scoped,
    All,
}

/// The access matrix (staff-access issue, §1).
pub fn access(role: Role, resource: Resource) -> Access {
    use Access::*;
    use Resource::*;
    match (role, resource) {
        (Role::Admin, _) => All,
        (Role::Commune, Register | Dashboards | DeadlineRisk) => Scoped,
        (Role::Agent, Sites | Bookings | DeadlineRisk) => Scoped,
        (Role::Landlord, Register | Dashboards) => Scoped,
        _ => None,
    }
}

/// A signed-in staff member: role and scope, as the data layer filters by them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// INSEE codes, site ids or landlord codes, per the role's scope kind.
    pub scope: Vec<String>,
}

/// Which records of a resource a principal may see: all, or those of these keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filter<'a> {
    All,
    Only(&'a [String]),
    Nothing,
}

impl Principal {
    /// Whether the principal may use the resource at all (some records, at least potentially).
    pub fn may(&self, resource: Resource) -> bool {
        access(self.role, resource) != Access::None
    }

    /// The records of `resource` this principal may see, for the data layer's `WHERE`.
    pub fn filter(&self, resource: Resource) -> Filter<'_> {
        match access(self.role, resource) {
            Access::All => Filter::All,
            Access::Scoped => Filter::Only(&self.scope),
            Access::None => Filter::Nothing,
        }
    }

    /// Whether the principal may see the record of `resource` keyed by `key` (an INSEE code for
    /// commune-keyed resources, a site id for site-keyed ones).
    pub fn may_see(&self, resource: Resource, key: &str) -> bool {
        match self.filter(resource) {
            Filter::All => true,
            Filter::Only(keys) => keys.iter().any(|k| k == key),
            Filter::Nothing => false,
        }
    }

    /// Whether a register row (an attribution of `commune`'s, by `landlord`) is in the
    /// principal's remit: a landlord's staff by the landlord, everyone else by the commune.
    pub fn may_see_attribution(&self, commune: &str, landlord: &str) -> bool {
        self.may_see(Resource::Register, if self.role == Role::Landlord { landlord } else { commune })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table, written out cell by cell so a change to [`access`] shows here.
    #[test]
    fn matrix_matches_the_specification() {
        use Access::{All as A, None as N, Scoped as S};
        let table: [(Resource, [Access; 4]); 7] = [
            (Resource::Users, [A, N, N, N]),
            (Resource::Imports, [A, N, N, N]),
            (Resource::Register, [A, S, N, S]),
            (Resource::Dashboards, [A, S, N, S]),
            (Resource::Sites, [A, N, S, N]),
            (Resource::Bookings, [A, N, S, N]),
            (Resource::DeadlineRisk, [A, S, S, N]),
        ];
        for (resource, row) in table {
            for (role, expected) in Role::ALL.into_iter().zip(row) {
                assert_eq!(access(role, resource), expected, "{role:?} × {resource:?}");
            }
        }
    }

    #[test]
    fn scoped_principals_see_only_their_keys() {
        let p = Principal {
            user_id: 1,
            email: "a@b.fr".into(),
            name: "A".into(),
            role: Role::Commune,
            scope: vec!["59350".into()],
        };
        assert!(p.may_see(Resource::Dashboards, "59350"));
        assert!(!p.may_see(Resource::Dashboards, "59512"));
        assert!(!p.may_see(Resource::Bookings, "59350"));
        assert!(!p.may(Resource::Users));
        assert!(p.may_see_attribution("59350", "lmh") && !p.may_see_attribution("59512", "lmh"), "a commune's rows by commune");
        let landlord = Principal { role: Role::Landlord, scope: vec!["lmh".into()], ..p.clone() };
        assert!(landlord.may_see_attribution("59512", "lmh") && !landlord.may_see_attribution("59350", "vilogia"), "a landlord's rows by landlord");
        let admin = Principal { role: Role::Admin, scope: vec![], ..p };
        assert!(admin.may_see(Resource::Dashboards, "59512"));
    }

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
