//! Staff accounts: bootstrap, login sessions and API tokens.

use candor_core::{Email, Role, validate};
use candor_store::{ApiToken, NewUser, User};

use crate::secrets::{hash_password, new_password, new_token, token_hash, verify_password};
use crate::{App, AppError, now_ms};

/// Sessions last a week; a new login starts a new one.
pub const SESSION_TTL_MS: i64 = 7 * 24 * 3_600_000;

/// A verifiable argon2id hash that matches no password: checked when the
/// e-mail is unknown, so a login takes as long whether or not the user exists.
const DECOY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$\
    3mV1yEJ6cIfFi3Nk4O8wXRd9JdH/2GQBt1eGx2yaXdo";

/// A staff member to add to an organisation.
pub struct NewStaff<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
}

impl App {
    /// Creates an organisation with its first owner. Returns the owner and a
    /// one-time password to hand over (it is stored only as a hash).
    pub async fn create_owner(
        &self,
        org_name: &str,
        staff: NewStaff<'_>,
    ) -> Result<(User, String), AppError> {
        let org_name = validate::text("org", org_name, true, 200)?;
        let (email, name) = parse_staff(&staff)?;
        let password = new_password();
        let hash = hash_password(password.clone()).await?;
        let now = now_ms();
        let mut tx = self.store().begin().await?;
        let org = tx.insert_organisation(&org_name, now).await?;
        let user = tx
            .insert_user(
                NewUser {
                    org_id: &org.id,
                    email: email.as_str(),
                    name: &name,
                    role: Role::Owner,
                    password_hash: &hash,
                },
                now,
            )
            .await?;
        tx.commit().await?;
        Ok((user, password))
    }

    /// Adds a staff member to the organisation named `org_name` (CLI use).
    pub async fn create_staff(
        &self,
        org_name: &str,
        staff: NewStaff<'_>,
    ) -> Result<(User, String), AppError> {
        let org = self
            .store()
            .organisation_by_name(org_name)
            .await?
            .ok_or(AppError::NotFound("organisation"))?;
        let (email, name) = parse_staff(&staff)?;
        let password = new_password();
        let hash = hash_password(password.clone()).await?;
        let mut tx = self.store().begin().await?;
        let user = tx
            .insert_user(
                NewUser {
                    org_id: &org.id,
                    email: email.as_str(),
                    name: &name,
                    role: staff.role,
                    password_hash: &hash,
                },
                now_ms(),
            )
            .await?;
        tx.commit().await?;
        Ok((user, password))
    }

    /// Checks a password and opens a session. Returns the session token.
    pub async fn login(&self, email: &str, password: &str) -> Result<(User, String), AppError> {
        let email = Email::parse("email", email).map_err(|_| AppError::Unauthenticated)?;
        let found = self.store().user_credentials(email.as_str()).await?;
        let stored = found
            .as_ref()
            .map_or(DECOY_HASH, |c| c.password_hash.as_str());
        let matches = verify_password(password.to_string(), stored.to_string()).await?;
        let Some(credentials) = found.filter(|_| matches) else {
            return Err(AppError::Unauthenticated);
        };
        let token = new_token("cns_");
        let now = now_ms();
        let mut tx = self.store().begin().await?;
        tx.insert_session(
            &token_hash(&token),
            &credentials.user,
            now,
            now + SESSION_TTL_MS,
        )
        .await?;
        tx.commit().await?;
        Ok((credentials.user, token))
    }

    pub async fn session_user(&self, token: &str) -> Result<Option<User>, AppError> {
        Ok(self
            .store()
            .user_by_session(&token_hash(token), now_ms())
            .await?)
    }

    pub async fn logout(&self, token: &str) -> Result<(), AppError> {
        let mut tx = self.store().begin().await?;
        tx.delete_session(&token_hash(token)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Creates an API token for `actor`. The plain token is shown once.
    pub async fn create_api_token(
        &self,
        actor: &User,
        name: &str,
    ) -> Result<(ApiToken, String), AppError> {
        let name = validate::text("name", name, true, 100)?;
        let token = new_token("cnd_");
        let mut tx = self.store().begin().await?;
        let record = tx
            .insert_api_token(actor, &name, &token_hash(&token), now_ms())
            .await?;
        tx.commit().await?;
        Ok((record, token))
    }

    pub async fn token_user(&self, token: &str) -> Result<Option<User>, AppError> {
        Ok(self.store().user_by_api_token(&token_hash(token)).await?)
    }

    pub async fn api_tokens(&self, actor: &User) -> Result<Vec<ApiToken>, AppError> {
        Ok(self.store().api_tokens_of_org(&actor.org_id).await?)
    }

    /// Revokes one of the organisation's tokens; managers and owners only.
    pub async fn revoke_api_token(&self, actor: &User, token_id: &str) -> Result<(), AppError> {
        if !actor.role.can_manage() {
            return Err(AppError::Forbidden(
                "only managers and owners revoke tokens",
            ));
        }
        let mut tx = self.store().begin().await?;
        if !tx
            .revoke_api_token(&actor.org_id, token_id, now_ms())
            .await?
        {
            return Err(AppError::NotFound("token"));
        }
        tx.commit().await?;
        Ok(())
    }
}

fn parse_staff(staff: &NewStaff<'_>) -> Result<(Email, String), AppError> {
    let email = Email::parse("email", staff.email)?;
    let name = validate::text("name", staff.name, false, 100)?;
    let name = if name.is_empty() {
        email.as_str().to_string()
    } else {
        name
    };
    Ok((email, name))
}
