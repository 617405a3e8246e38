//! A sign-off survives a merge only if what it covers does: a claim approved
//! in one copy whose verdict, rationale, evidence or quote changed in the
//! other would otherwise come out Approved over words nobody signed off.

use crate::model::{Activity, Claim, ClaimId, ClaimStatus, Event, Project};

/// Sends back to Ready for review every merged claim whose approval held in
/// one of the copies but no longer holds in the result, keeping both copies'
/// activity and adding an `ApprovalWithdrawn` entry. The entry is dated and
/// signed by the newest change in the claim's activity (the one that broke
/// the approval, or later), not by the clock, so two members merging the same
/// copies get the same file. Returns the claims withdrawn.
pub fn withdraw_broken(project: &mut Project, sides: [&Project; 2]) -> Vec<ClaimId> {
    let held = |id: ClaimId| {
        sides
            .iter()
            .any(|p| p.claim(id).is_some_and(Claim::approval_holds))
    };
    let mut withdrawn = Vec::new();
    for claim in &mut project.claims {
        if claim.status != ClaimStatus::Approved || claim.approval_holds() || !held(claim.id) {
            continue;
        }
        let newest = claim
            .activity
            .iter()
            .filter(|a| a.event != Event::Approved)
            .max_by(|a, b| a.when.cmp(&b.when));
        let (who, when) = newest.map_or_else(Default::default, |a| (a.who.clone(), a.when.clone()));
        claim.status = ClaimStatus::ReadyForReview;
        claim.approved = None;
        claim.activity.push(Activity {
            who,
            when,
            event: Event::ApprovalWithdrawn,
        });
        withdrawn.push(claim.id);
    }
    withdrawn
}
