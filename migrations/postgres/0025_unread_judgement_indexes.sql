-- No query reads screenings by decision nor analyses by business and
-- mismatch: every read goes through the review (`review_id`, the primary
-- key). Each of these indexes still cost an insert per stored review,
-- and 15 MB per 200,000 imported reviews.
DROP INDEX review_screenings_decision;
DROP INDEX review_analyses_business;
