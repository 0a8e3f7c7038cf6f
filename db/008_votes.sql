-- Schema 8: vote limits (issue 16).

-- How many dots each participant has to give on a step ("tre prikker"); 0 = no limit.
-- The program template gives it (``dots_per_participant``) when a camp is made.
ALTER TABLE step ADD COLUMN dots INTEGER NOT NULL DEFAULT 0;

-- A camp made before schema 8 from the camp-day program gets the limit that program
-- has always told the tables in its guidance: three dots on its three voting steps,
-- found by step key (an organiser's own steps, and the dialogue box, stay unlimited).
-- Revision and updated_at stay: every copy of the camp migrates to the same value, so
-- a table's bundle and the organiser's file agree without this counting as an edit.
UPDATE step SET dots = 3
 WHERE key IN ('indicators', 'dilemmas', 'prerequisites')
   AND (SELECT program FROM camp LIMIT 1) = 'camp_day';
