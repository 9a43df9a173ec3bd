//! A commune's staff dashboard: the monthly demand series behind the public figures. Commune
//! staff see their communes only (the query itself is scoped), admins every commune.

use super::*;
use app::pages::staff::{CommuneDashboard, MonthRow};
use axum::extract::{Path, State};
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/staff/communes/{insee}", get(dashboard))
}

async fn dashboard(State(state): State<AppState>, me: SignedIn, Path((_, insee)): Path<(String, String)>) -> Response {
    if !me.principal.may_see(Resource::Dashboards, &insee) {
        return me.denied(&state);
    }
    match crate::indicators::monthly(&state.pool, &me.principal, &insee).await {
        Ok(Some((name, months))) => {
            let rows = months
                .into_iter()
                .map(|(month, pending_first_access, pending_mutation, attributions)| MonthRow { month, pending_first_access, pending_mutation, attributions })
                .collect();
            let (principal, csrf) = (me.principal, me.session.csrf);
            let path = format!("{}/{insee}", pages::COMMUNES_PATH);
            render(&state, me.locale, StatusCode::OK, "staff-commune-dashboard", &path, move || {
                view! { <CommuneDashboard principal=principal csrf=csrf insee=insee name=name months=rows/> }
            })
        }
        Ok(None) => error_page(&state, me.locale, ErrorCode::NotFound),
        Err(e) => internal(&state, me.locale, e),
    }
}
