-- One database per agency (run once, on an empty data directory, by the postgres image).
CREATE DATABASE linli_party;
CREATE DATABASE linli_property;
CREATE DATABASE linli_units;
CREATE DATABASE linli_volunteer;
