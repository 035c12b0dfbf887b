-- Member State names as the United Nations used them, for States whose name changed since 2000.
-- A row is a name the State bore until (not including) the day the new name took effect at the
-- UN; member_state.name is the name in use since the last change. A record of a session prints
-- the name in use on its date (see docs/RECORD.md for sources and the dates that are approximate).
CREATE TABLE member_state_former_name (
    code       char(3) NOT NULL REFERENCES member_state (code),
    name       text    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    used_until date    NOT NULL,
    PRIMARY KEY (code, used_until)
);

INSERT INTO member_state_former_name (code, name, used_until) VALUES
    ('SRB', 'Yugoslavia', '2003-02-04'),
    ('SRB', 'Serbia and Montenegro', '2006-06-03'),
    ('BOL', 'Bolivia', '2009-03-18'),
    ('LBY', 'Libyan Arab Jamahiriya', '2011-09-16'),
    ('CPV', 'Cape Verde', '2013-10-24'),
    ('CZE', 'Czech Republic', '2016-07-05'),
    ('SWZ', 'Swaziland', '2018-04-19'),
    ('MKD', 'The former Yugoslav Republic of Macedonia', '2019-02-14'),
    ('TUR', 'Turkey', '2022-06-01');
