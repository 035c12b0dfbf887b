-- A deletion of words takes a neighbouring space with it when it is applied; its footprint now
-- covers that space too, so that an insertion quoting "ratify " and the deletion of the words
-- after it compete instead of failing together at the end (issue 5, conflicts). Footprints are
-- derived from each pending amendment and the text it is anchored to: all are placed again at the
-- next start (FootprintBackfill places those of every pending amendment that has none).
DELETE FROM amendment_footprint;
