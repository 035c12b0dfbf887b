ALTER TABLE app_user
    ADD CONSTRAINT app_user_member_state_fk FOREIGN KEY (member_state) REFERENCES member_state (code);
