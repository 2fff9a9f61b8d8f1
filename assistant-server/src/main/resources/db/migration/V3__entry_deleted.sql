-- An entry deleted through the console is kept as a tombstone, so that seeding from the content folder at the next
-- start does not bring it back.
ALTER TABLE kb_entry ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
