//! Recovery cases: the states a case about an unhappy review goes through
//! and the only steps allowed between them.
//!
//! ```text
//! open ──contact──▶ contacted ──offer remedy──▶ remedy offered
//!   │                 │   │                        │    │
//!   │                 │   └──resolve / not resolved┘    │
//!   └─close without contact      (ends the case)  ◀─────┘
//! ```
//! A case ends resolved, not resolved, or closed without contact; an ended
//! case takes no further step (a new problem is a new case).

use crate::FieldError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseState {
    Open,
    Contacted,
    RemedyOffered,
    Resolved,
    NotResolved,
    ClosedWithoutContact,
}

/// What staff do to a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseAction {
    Contact,
    OfferRemedy,
    Resolve,
    MarkNotResolved,
    CloseWithoutContact,
}

impl CaseState {
    pub const ALL: [CaseState; 6] = [
        Self::Open,
        Self::Contacted,
        Self::RemedyOffered,
        Self::Resolved,
        Self::NotResolved,
        Self::ClosedWithoutContact,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Contacted => "contacted",
            Self::RemedyOffered => "remedy_offered",
            Self::Resolved => "resolved",
            Self::NotResolved => "not_resolved",
            Self::ClosedWithoutContact => "closed_without_contact",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// An ended case takes no further step.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Self::Resolved | Self::NotResolved | Self::ClosedWithoutContact
        )
    }

    /// The state `action` leads to, or why it is not allowed from here.
    pub fn after(self, action: CaseAction) -> Result<Self, FieldError> {
        use CaseAction as A;
        use CaseState as S;
        match (self, action) {
            (S::Open, A::Contact) => Ok(S::Contacted),
            (S::Open, A::CloseWithoutContact) => Ok(S::ClosedWithoutContact),
            (S::Contacted, A::OfferRemedy) => Ok(S::RemedyOffered),
            (S::Contacted | S::RemedyOffered, A::Resolve) => Ok(S::Resolved),
            (S::Contacted | S::RemedyOffered, A::MarkNotResolved) => Ok(S::NotResolved),
            (state, action) => Err(FieldError::new(
                "action",
                "illegal_transition",
                format!(
                    "a case that is {} cannot take the step {}",
                    state.as_str(),
                    action.as_str()
                ),
            )),
        }
    }
}

impl CaseAction {
    pub const ALL: [CaseAction; 5] = [
        Self::Contact,
        Self::OfferRemedy,
        Self::Resolve,
        Self::MarkNotResolved,
        Self::CloseWithoutContact,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Contact => "contact",
            Self::OfferRemedy => "offer_remedy",
            Self::Resolve => "resolve",
            Self::MarkNotResolved => "mark_not_resolved",
            Self::CloseWithoutContact => "close_without_contact",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == raw)
            .ok_or_else(|| {
                FieldError::new(
                    "action",
                    "invalid_action",
                    "action must be contact, offer_remedy, resolve, mark_not_resolved or \
                     close_without_contact",
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The allowed steps, written out once more as a table: the match in
    /// `after` must agree with it on every pair.
    const ALLOWED: [(CaseState, CaseAction, CaseState); 7] = [
        (CaseState::Open, CaseAction::Contact, CaseState::Contacted),
        (
            CaseState::Open,
            CaseAction::CloseWithoutContact,
            CaseState::ClosedWithoutContact,
        ),
        (
            CaseState::Contacted,
            CaseAction::OfferRemedy,
            CaseState::RemedyOffered,
        ),
        (
            CaseState::Contacted,
            CaseAction::Resolve,
            CaseState::Resolved,
        ),
        (
            CaseState::Contacted,
            CaseAction::MarkNotResolved,
            CaseState::NotResolved,
        ),
        (
            CaseState::RemedyOffered,
            CaseAction::Resolve,
            CaseState::Resolved,
        ),
        (
            CaseState::RemedyOffered,
            CaseAction::MarkNotResolved,
            CaseState::NotResolved,
        ),
    ];

    fn allowed(state: CaseState, action: CaseAction) -> Option<CaseState> {
        ALLOWED
            .iter()
            .find(|(s, a, _)| *s == state && *a == action)
            .map(|(_, _, to)| *to)
    }

    #[test]
    fn names_round_trip() {
        for state in CaseState::ALL {
            assert_eq!(CaseState::parse(state.as_str()), Some(state));
        }
        for action in CaseAction::ALL {
            assert_eq!(CaseAction::parse(action.as_str()), Ok(action));
        }
        assert!(CaseAction::parse("delete_review").is_err());
    }

    fn any_state() -> impl Strategy<Value = CaseState> {
        proptest::sample::select(CaseState::ALL.to_vec())
    }

    fn any_action() -> impl Strategy<Value = CaseAction> {
        proptest::sample::select(CaseAction::ALL.to_vec())
    }

    proptest! {
        /// Every (state, step) pair: allowed exactly when the table says so,
        /// an ended case refuses everything, and a refusal names the step.
        #[test]
        fn every_illegal_step_is_refused(state in any_state(), action in any_action()) {
            match (state.after(action), allowed(state, action)) {
                (Ok(to), Some(expected)) => prop_assert_eq!(to, expected),
                (Err(e), None) => {
                    prop_assert_eq!(e.code, "illegal_transition");
                    prop_assert!(e.message.contains(action.as_str()));
                }
                (got, expected) => prop_assert!(false, "{state:?} {action:?}: {got:?} vs {expected:?}"),
            }
            if state.is_final() {
                prop_assert!(state.after(action).is_err());
            }
        }

        /// Any sequence of attempted steps from a new case: the accepted ones
        /// never lead back to open, end at most once, and take at most three.
        #[test]
        fn a_case_moves_forward_only(actions in proptest::collection::vec(any_action(), 0..20)) {
            let mut state = CaseState::Open;
            let mut taken = 0;
            for action in actions {
                if let Ok(next) = state.after(action) {
                    prop_assert_ne!(next, CaseState::Open);
                    prop_assert!(!state.is_final());
                    state = next;
                    taken += 1;
                }
            }
            prop_assert!(taken <= 3, "{taken} steps");
        }
    }
}
