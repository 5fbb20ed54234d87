-- Sentiment models retrained from an instance's own reviews (`candor train
-- sentiment`): one row per scope and language. `scope` is '' for the whole
-- instance or a business id (no foreign key: '' names no business). `model`
-- is the classifier file (candor-text classifier.rs format) as lowercase hex,
-- text that the Any driver reads the same on both backends. `use_model` is 1
-- when the model beat the lexicon on the held-out reviews.
CREATE TABLE sentiment_models (
    scope             TEXT NOT NULL,
    language          TEXT NOT NULL,
    model             TEXT NOT NULL,
    model_accuracy    DOUBLE PRECISION NOT NULL,
    lexicon_accuracy  DOUBLE PRECISION NOT NULL,
    use_model         BIGINT NOT NULL,
    examples          BIGINT NOT NULL,
    trained_at        BIGINT NOT NULL,
    PRIMARY KEY (scope, language)
);
