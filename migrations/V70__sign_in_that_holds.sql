-- Sign-in that holds across servers (issue 16).
--
-- Every account has a token generation, written into each token it is given. Disabling,
-- demoting, moving to another State, changing the password (any change of those columns, by
-- whatever path) or signing out raises it, and a token of an older generation is refused.
ALTER TABLE app_user ADD COLUMN token_generation bigint NOT NULL DEFAULT 0;

CREATE FUNCTION app_user_raise_token_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash OR NEW.role IS DISTINCT FROM OLD.role
       OR NEW.member_state IS DISTINCT FROM OLD.member_state OR NEW.active IS DISTINCT FROM OLD.active
       OR NEW.username IS DISTINCT FROM OLD.username THEN
        NEW.token_generation := greatest(NEW.token_generation, OLD.token_generation + 1);
    END IF;
    IF NEW.token_generation < OLD.token_generation THEN
        NEW.token_generation := OLD.token_generation;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER app_user_token_generation BEFORE UPDATE ON app_user
    FOR EACH ROW EXECUTE FUNCTION app_user_raise_token_generation();

-- One counter raised by every change of app_user in the changing transaction, so that a server
-- polling it sees a change exactly when it is committed, and then reads the accounts again.
CREATE TABLE account_standing_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL
);
INSERT INTO account_standing_version VALUES (true, 0);

CREATE FUNCTION app_user_standing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE account_standing_version SET version = version + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER app_user_standing AFTER INSERT OR UPDATE OR DELETE ON app_user
    FOR EACH STATEMENT EXECUTE FUNCTION app_user_standing_changed();

-- Failed sign-ins, per account and per address, shared by every server.
CREATE TABLE sign_in_throttle (
    key          text        PRIMARY KEY,
    failures     integer     NOT NULL,
    last_failure timestamptz NOT NULL,
    locked_until timestamptz
);
