# retail-maturity: every text of the app, the command line, the exports and the errors, in
# English. One file per language: a new language is a new file beside this one (its code as
# the name, e.g. de.ftl); a message it lacks is shown in English. Keep the ids and the
# $arguments; translate the rest. The framework's own texts (families, levels…) are in the
# framework file, not here.

language-name = English
decimal-separator = .
yes = yes
no = no

## Files and their errors

file-error = { $file }: { $what }
problem-at = at { $at }: { $message }
problems = { $count } problems:
io-error = cannot { $action }: { $cause }
io-open = open
io-read = read
io-write = write
io-create-in = create a file in its folder
io-replace = replace
io-create-folder = create the folder
io-read-folder = read the folder
io-not-found = no such file or folder
io-permission-denied = permission denied
io-storage-full = no space left on the disk
io-read-only = the disk is read-only
io-is-a-folder = this is a folder
io-not-a-folder = a part of the path is not a folder
file-too-large = the file is { $size } bytes, over the limit of { $limit } bytes for this kind of file; it was not read
not-a-regular-file = { $kind ->
    [folder] this is a folder, not a file
    [fifo] this is a FIFO (named pipe), not a regular file; it was not opened
    [device] this is a device, not a regular file; it was not opened
    [socket] this is a socket, not a regular file; it was not opened
   *[other] this is not a regular file; it was not opened
}
file-exists = the file already exists
output-twice = this output is given more than once (each output needs its own file)
json-not-object = expected a JSON object (a retail-maturity { $kind ->
    [assessment] assessment
    [framework] framework
    [reference] reference
   *[autosave] autosave
})
json-wrong-format = this is a `{ $other }` file, not { $kind ->
    [assessment] an assessment
    [framework] a framework
    [reference] a reference
   *[autosave] an autosave
} (`{ $expected }`)
json-missing-format = missing `format`: not a retail-maturity { $kind ->
    [assessment] assessment
    [framework] framework
    [reference] reference
   *[autosave] autosave
} (expected "format": "{ $expected }")
json-invalid = not valid JSON: line { $line }, column { $column }: { $detail }
link-too-long = too long for a link (more than { $max } characters): send the file itself
link-damaged = the link is damaged or cut: ask for it again, or for the file
link-no-answers = this link carries no answers (it should end with #answers=…)
link-version = the link is of version { $version }, newer than this app reads: update the app
json-not-utf8 = not UTF-8 text (invalid byte at offset { $offset }); expected a JSON file
template-not-utf8 = not UTF-8 text (invalid byte at offset { $offset }); a report template is a typst file saved as UTF-8
json-empty = the file is empty; expected a JSON document
json-type = { $detail }

## The framework file

framework-format-version = format version { $version } is not supported (this build reads { $supported })
framework-empty-id = empty framework id
framework-empty-version = empty framework version
stages-none = at least one stage is needed
stage-first-from = the first stage must start at 0
stage-from-order = { $from } must be in 0–100 and above the previous stage's
families-none = at least one family is needed
family-weight = weight { $weight } must be a number above 0 and at most 1000
family-no-track = a family needs at least one track
track-needs-name = a track of a family with several tracks needs a name
track-levels-count = a track has 1 to { $max } levels, not { $count }
track-positions = positions { $positions } must be 1 to { $count } with none missing or repeated
level-position-range = position { $position } is outside 1–{ $max }
text-empty-fr = empty French text
text-empty-en = empty English text (missing translation)
text-empty-other = empty text in language `{ $code }`
text-unknown-key = `{ $key }` is not a language code (expected fr, en, or another two- or three-letter code)
id-empty = empty { $what ->
    [family] family
   *[track] track
} id
id-duplicate = duplicate { $what ->
    [family] family
   *[track] track
} id `{ $id }`

## The assessment file

assessment-framework-mismatch = answers framework `{ $answers }`, but the framework in use is `{ $used }`
date-not-iso = `{ $date }` is not a date as YYYY-MM-DD
track-unknown = unknown track `{ $track }` in framework `{ $framework }`
track-twice = track `{ $track }` is answered twice
level-not-offered = level { $level } is not offered by track `{ $track }` (0 to { $top })
target-not-offered = target { $target } is not offered by track `{ $track }` (1 to { $top })
family-unknown = unknown family `{ $family }` in framework `{ $framework }`
family-twice = family `{ $family }` is listed twice
version-newer = version { $version } is newer than this build understands (it reads { $oldest } { $newest ->
    [2] or
   *[other] to
} { $newest }); update retail-maturity
version-unknown = unknown version { $version }; expected { $oldest } { $newest ->
    [2] or
   *[other] to
} { $newest }
version-missing = missing `version` (expected { $newest })

## Comparisons

direction-up = up
direction-down = down
direction-same = same
note-undated = not every assessment is dated: they are compared in the order given
note-framework-versions = the assessments answer different framework versions ({ $versions }); only the tracks of framework { $compared_on } are compared
note-different-retailers = the assessments are of different retailers: no trend over time

## Table cells

not-applicable-short = n/a
not-applicable = not applicable
not-answered-dash = —

## Exports and charts

export-unsupported = this export cannot be made as { $format }
chart-size = image size { $width }×{ $height } is outside { $min_width }×{ $min_height } to { $max }×{ $max }
chart-draw = drawing failed: { $detail }
chart-reference = Reference: { $label }
chart-unnamed = Unnamed assessment
chart-subtitle = Maturity score { $score } / 100 · Stage: { $stage } · In-store coverage { $coverage } %
chart-subtitle-target = { " " }· Target { $target }
chart-reference-subtitle = Mean maturity score { $score } / 100 · { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
}
chart-comparison-title = Comparison of { $count } assessments
chart-comparison-subtitle = Maturity score { $scores } · change { $change }
chart-comparison-trend = { " " }· trend { $trend } pts/year
in-store = In store
chart-deltas-title = Change of family scores (#1 to #{ $last })
chart-trend-title = Maturity score over time
chart-track-label = { $family }: { $track }
chart-legend-reached = Reached level
chart-legend-target = Target
chart-legend-not-answered = Not answered yet
chart-legend-in-store-yes = In store: yes
chart-legend-reached-score = Reached score
chart-legend-target-score = Target score

## Portfolios and references

portfolio-walk = cannot read the folder: { $detail }
portfolio-link-loop = this link leads back to a folder above it (a loop); it was not followed
reference-version = version { $version } is not supported (expected { $expected })
reference-framework = reference of framework `{ $theirs }`, not `{ $ours }`
reference-track-unknown = unknown track `{ $track }`
reference-families = families must be those of the framework, in its order
value-outside = { $value } is outside 0 to { $max }
portfolio-mean-label = Portfolio mean ({ $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
})

## Column headings

col-family = Family
col-level = Level
col-score = Score
col-target = Target
col-gap = Gap
col-in-store-short = In store
col-in-store = In store
col-reached-practice = Reached practice
col-retailer = Retailer
col-date = Date
col-stage = Stage
col-file = File
col-mean = mean
col-median = median
col-delta-level = Δ level
col-delta-score = Δ score
maturity-score = Maturity score

## CSV columns (ids for spreadsheets: no spaces, no accents)

csv-family-id = family_id
csv-family = family
csv-applicable = applicable
csv-level = level
csv-top-level = top_level
csv-score = score
csv-target-level = target_level
csv-target-score = target_score
csv-gap = gap
csv-weight = weight
csv-in-store = in_store
csv-reached-practice = reached_practice
csv-notes = notes
csv-level-change = level_change
csv-score-change = score_change
csv-rank = rank
csv-retailer = retailer
csv-date = date
csv-stage = stage
csv-in-store-coverage = in_store_coverage
csv-file = file

## The command line

cli-hint-force = use --force to overwrite it
cli-hint-framework = load it with --framework
cli-wrote = wrote { $path }
cli-report-replaced = { $count ->
    [one] warning: one character has no font on this computer; it is printed as ? in the report
   *[other] warning: { $count } characters have no font on this computer; they are printed as ? in the report
}
cli-new-written = Blank assessment written to { $path }
cli-validate-ok = ok
cli-validate-invalid = invalid
cli-validate-upgraded = format version { $version }, read as version { $current }
cli-validate-summary = { $bad } of { $total } files invalid
cli-export-nothing = export: nothing to write; give --json, --csv, --png, --svg, --xlsx and/or --pdf (each with an optional OUT path)
cli-failed = failed
cli-portfolio-empty = { $count ->
    [0] no assessment file (*.json) in { $dirs }
    [1] the only file in { $dirs } is not a valid assessment
   *[other] no valid assessment among the { $count } files in { $dirs }
}
cli-portfolio-ranked = { $count ->
    [one] { $count } assessment ranked by score
   *[other] { $count } assessments ranked by score
}{ $failed ->
    [0] {""}
    [one] { " " }({ $failed } file failed)
   *[other] { " " }({ $failed } files failed)
}
cli-portfolio-more = … { $count } more (--limit)
cli-portfolio-levels = Levels per family (where the family applies)
cli-assessed-by = assessed by { $assessor }
cli-score-line = Maturity score: { $score } / 100 — stage: { $stage }
cli-coverage-line = In-store coverage: { $percent } % ({ $yes } / { $tracks } applicable tracks{ $unanswered ->
    [0] {""}
   *[other] ; { $unanswered } not answered
})
cli-target-line = Target score: { $target } (gap { $gap })
cli-answered-line = Tracks answered: { $answered } / { $total }
cli-overall-delta = Overall maturity score delta: { $delta } ({ $direction })
cli-standing-title = How each stands (different retailers: no change from one to another):
cli-standing-line = { $rank }. #{ $item }  { $who }  score { $score }  to the best { $best }  to the mean { $mean }
cli-trend-line = Trend: { $trend } points per year
cli-note = Note: { $note }
cli-error = error
cli-no-gui = this build has no desktop app (built without the `gui` feature); the commands are listed by retail-maturity --help

## The desktop app

ui-no-display = no display: DISPLAY and WAYLAND_DISPLAY are not set, so the desktop app cannot open a window.
    The same features work headless: retail-maturity --help (new, validate, score, compare, export)
ui-no-window = cannot open the desktop app's window: { $detail }.
    The same features work headless: retail-maturity --help
ui-settings-ignored = Settings ignored:
ui-settings-not-saved = The settings could not be saved; they apply until the app is closed.
ui-untitled = Untitled
ui-menu-file = File
ui-menu-edit = Edit
ui-menu-export = Export
ui-menu-view = View
ui-menu-help = Help
ui-new = New
ui-open = Open…
ui-save = Save
ui-save-as = Save as…
ui-pin = Pin a reference…
ui-unpin = Remove the reference
ui-recent = Recent files
ui-recent-none = (none)
ui-undo = Undo
ui-redo = Redo
ui-export-json = Results JSON…
ui-export-csv = Results CSV…
ui-export-png = Charts PNG…
ui-export-svg = Charts SVG…
ui-export-all = Export all (beside the assessment)
ui-theme-light = Light theme
ui-theme-dark = Dark theme
ui-zoom = Zoom: { $keys }
ui-help-families = { $first } / { $second }: previous / next family
ui-help-tracks = { $first } / { $second }: previous / next track
ui-help-levels = 0 to 5, { $first } / { $second }: reached level
ui-help-tab = Tab: next field
ui-mode-questionnaire = Questionnaire
ui-mode-compare = Compare
ui-families = Families
ui-families-hint = reached level / top
ui-not-applicable = This family does not apply to the retailer
ui-levels-hint = Levels from the simplest and most common (1) to the most advanced and innovative (5); 0 = not practised yet.
ui-previous-family = Previous family
ui-next-family = Next family
ui-retailer = Retailer
ui-assessor = Assessor
ui-date = Date (YYYY-MM-DD)
ui-invalid-date = invalid date
ui-reached-level = Reached level
ui-not-practised = Not practised yet
ui-target-level = Target level (optional):
ui-target-none = none
ui-target-n = target { $level }
ui-in-store-practice = In store: { $practice }
ui-not-answered = not answered yet
ui-note = Note
ui-stage = Stage: { $stage }
ui-coverage = In-store coverage: { $percent } %
ui-coverage-hint = Share of the applicable tracks whose in-store counterpart exists
ui-coverage-unanswered = ({ $count } not answered in store)
ui-target-gap = Target: { $target } (gap { $gap })
ui-tab-profile = Profile
ui-tab-radar = Radar
ui-tab-table = Table
ui-tab-roadmap = Roadmap
ui-reference-score = { $label } (score { $score })
ui-remove = Remove
ui-chart-alt = Maturity profile chart
ui-chart-data = Chart data
ui-roadmap-empty = No gap: set target levels in the questionnaire to get a roadmap.
ui-roadmap-from-to = Level { $from } to { $to }
ui-roadmap-next = Next level { $next }: { $practice }
ui-tracks-answered = Tracks answered: { $answered } / { $total }
ui-ticked = Assessments ticked: { $ticked } / { $max }
ui-autosave-unreadable = Unreadable autosave, ignored:
ui-autosave-failed = Autosave failed:
ui-restored = Work restored (not saved yet)
ui-new-assessment = New assessment
ui-exported-all = PDF, workbook, JSON, CSV, PNG and SVG written to
ui-exported-all-no-report = Workbook, JSON, CSV, PNG and SVG written to
ui-downloaded-all = Workbook, JSON, CSV, PNG and SVG downloaded
ui-reference-removed = Reference removed
ui-opened = Opened: { $path }
ui-opened-upgraded = Opened: { $path } (format version { $version }, upgraded: saving writes version { $current }, which older versions of the app cannot open)
ui-cannot-open = Cannot open:
ui-not-saved-date = Not saved: the date “{ $date }” is not a date as YYYY-MM-DD (for example 2025-03-14). Correct it in the assessment details.
ui-saved = Saved: { $path }
ui-save-failed = Save failed:
ui-added-to-compare = Added to the comparison: { $path }
ui-cannot-add = Cannot add:
ui-pinned = Reference pinned: { $label }
ui-cannot-pin = Cannot pin:
ui-open-link = Open a link…
ui-send = Send my answers
ui-copy-link = Copy a link to my answers
ui-send-title = Answers for { $retailer }
ui-sent-shared = Answers handed to the share sheet.
ui-sent-downloaded = Answers downloaded: { $path } (send this file).
ui-link-copied = Link to your answers copied ({ $count } characters): paste it in a message. It carries the answers themselves; they are never sent to a server.
ui-link-refused = No link can carry these answers:
ui-link-name = the link
ui-link-numbered = link { $number }
ui-link-document = Answers of { $who } (from a link)
ui-link-opened = Answers of { $who } opened from a link (not saved yet).
ui-link-open-title = Open a link to answers
ui-link-open-hint = Paste the link you received (it ends with #answers=…). The answers open as a new assessment, not saved yet.
ui-link-open = Open
ui-links-team-title = Paste the team's links
ui-links-team-hint = Paste the links the respondents sent, one a line: each one's answers join the list, ticked, to consolidate as a team.
ui-links-add = Add to the comparison
ui-links-paste = Paste links…
ui-links-added = { $count ->
    [one] One respondent's answers added from a link.
   *[other] { $count } respondents' answers added from links.
}
ui-exported = Exported: { $path }
ui-exported-replaced = { $count ->
    [one] Exported: { $path }, but one character has no font on this computer: it is printed as ? in the report.
   *[other] Exported: { $path }, but { $count } characters have no font on this computer: they are printed as ? in the report.
}
ui-comparison-exported = Comparison exported: { $path }
ui-compare-tick-two = Tick at least two assessments to compare.
ui-export-failed = Export failed:
ui-unsaved-title = Unsaved changes
ui-unsaved-question = Save the changes to "{ $name }"?
ui-save-button = Save
ui-open-button = Open
ui-discard = Discard
ui-cancel = Cancel
ui-choose-where = Choose where to save, then try again.
ui-never-saved = never saved
ui-date-time-format = %Y-%m-%d at %H:%M
ui-unnamed = (unnamed)
ui-recovery-assessment = Assessment
ui-recovery-saved-on = Saved on
ui-recovery-answered = Tracks answered
ui-recovery-title = Unsaved work found
ui-recovery-text = The app stopped without saving. An autosave was found:
ui-restore = Restore
ui-discard-recovery = Discard
ui-panel-save-as = Save as
ui-panel-add = Add to the comparison
ui-panel-pin = Pin a reference
ui-panel-open = Open an assessment
ui-panel-no-dialog = No system file dialog is available: type a path or pick a file.
ui-panel-path = File path
ui-panel-known = Known files
ui-panel-exists = { $path } already exists. Save again to replace it.
ui-compare-title = Compare assessments
ui-compare-hint = Tick 2 to 6 assessments. List: recent files, the exports folder, data/examples/, files opened or dropped.
ui-filter = Filter
ui-refresh = Refresh
ui-add-file = Add a file…
col-folder = Folder
ui-pin-short = Pin
ui-pin-hint = Pin as the reference under the questionnaire's profile
ui-compare-skipped = { $count ->
    [one] { $count } file skipped (not a valid assessment)
   *[other] { $count } files skipped (not valid assessments)
}
ui-compare-tick = Tick at least two assessments to compare.
ui-overall-change = Overall change: { $change }
ui-trend = Trend: { $trend } points per year
ui-chart-profiles = Profiles
ui-chart-radars = Radars
ui-chart-deltas = Changes
ui-chart-trend = Over time
ui-export-colon = Export:
ui-compare-chart-alt = Comparison chart
ui-col-change = Change

## The PDF report

report-template-error-at = template { $template }, line { $line }, column { $column }: { $message }
report-template-error = template { $template }: { $message }
report-not-built = this build has no PDF report (built without the `report` feature)
report-band = { $from } to { $to }
report-colon = :
report-title = Digital-commerce maturity assessment
report-comparison-title = Comparison of assessments
report-contents = Contents
report-executive-summary = Executive summary
report-profile = Profile against the complexity axis
report-radar = Scores by family
report-families = Family by family
report-action-plan = Action plan
report-appendix = Appendix
report-retailer = Retailer
report-assessor = Assessor
report-date = Date
report-framework = Framework
report-score = Maturity score
report-stage = Stage
report-coverage = In-store coverage
report-target = Target score
report-gap = Gap
report-strongest = Strongest families
report-first-steps = First steps
report-suggested-note = No target level is set: these are suggested next steps (each track's next level), in the plan's order (quick wins first). Set targets in the app to turn them into a roadmap.
report-against = Against
report-largest-changes = Largest differences by family
report-family = Family
report-track = Track
report-level = Level
report-reached = Reached
report-next = Next level
report-in-store = In store
report-note = Note
report-not-applicable = does not apply to the retailer
report-not-answered = not answered yet
report-none = not practised yet
report-at-top = the highest level is reached
report-from-to = From → to
report-practice = Practice to reach
report-data-table = The chart's data
report-reading = How the table is read
report-scoring = How the scores are computed
report-stages = Stages
report-stage-band = Band
report-versions = Versions
report-app-version = Application
report-page = page
report-generated = Made on
report-assessments = The assessments compared
report-overall-change = Overall change of the maturity score
report-trend = Trend
report-changes = Changes by family, first to last
report-over-time = Maturity score over time
report-change = Change
report-notes = Note
report-yes = yes
report-no = no
report-to-best = To the best
report-to-mean = To the mean
report-scoring-track = Track score = reached level ÷ the track's highest level × 100 (5 levels, or 4 for a ReCommerce track).
report-scoring-family = Family level and score = the highest among its tracks.
report-scoring-maturity = Maturity score (0–100) = mean of the family scores over the families that apply, weighted as the framework file says.
report-scoring-stage = Stage = the band the maturity score falls in, as shown with one decimal.
report-scoring-coverage = In-store coverage = share of the applicable tracks whose in-store counterpart exists (not answered counts as no).
report-scoring-target = Target score and gap: the same formulas on the target levels (a track without a target counts at its reached level).
report-scoring-plan = Action plan, ordered by value: quick wins (impact 2–3 for effort 1), then major projects, fill-ins, what to deprioritise; ties by the family's gap to its target, then its weight. The steps go to the targets set; without targets, each track's next level. Foundations to consolidate (practices below the reached level not in place) are listed too.
report-no-plan = Every applicable track is at its highest level: nothing left to plan.
report-score-short = Score
report-n-retailers = { $count } retailers
report-points-per-year = points per year
report-delta-level = Δ level
report-delta-score = Δ score

## The workbook

xlsx-failed = the workbook could not be made: { $detail }
xlsx-title = Digital-commerce maturity
xlsx-sheet-summary = Summary
xlsx-sheet-families = Families
xlsx-sheet-plan = Action plan
xlsx-sheet-comparison = Comparison
xlsx-sheet-ranking = Ranking
col-rank = Rank
xlsx-sheet-distribution = Levels per family
xlsx-family-scores = Family scores
xlsx-track = Track
xlsx-reached-level = Reached level
xlsx-target-practice = Target practice
xlsx-next-level = Next level
xlsx-next-practice = Next practice
xlsx-in-store-answer = In store: answer
xlsx-priority = Priority
xlsx-from = From
xlsx-to = To
xlsx-owner = Owner
xlsx-due-date = Due date
xlsx-status = Status
xlsx-comment = Comment
xlsx-status-todo = to do
xlsx-status-doing = in progress
xlsx-status-done = done
xlsx-date-expected = Type a date (for example 2026-06-30).
xlsx-level-n = Level { $level }
xlsx-radar = Radar of family scores
xlsx-applicable = Applies

## Team consolidation

team-empty = nothing to consolidate: give the respondents' files
team-different-retailers = the files are of different retailers ({ $names }); a team consolidates the answers of one retailer
team-framework-versions = the files answer different framework versions ({ $versions }); consolidate files of one version
chart-team-subtitle = { $count } respondents · consolidated maturity score { $score } / 100 · { $disagreements ->
    [0] no disagreement
    [one] 1 disagreement
   *[other] { $disagreements } disagreements
}
csv-track = track
csv-consolidated = consolidated
csv-min = min
csv-max = max
csv-spread = spread
csv-disagreement = disagreement
xlsx-sheet-team = Team
xlsx-consolidated = Consolidated
xlsx-spread = Spread
xlsx-disagreement = Disagreement
report-team = The team's answers
report-respondents = Respondents
report-disagreements = Where the respondents disagree (a spread of 2 levels or more, or no majority in store)
report-no-disagreement = The respondents agree on every track (no spread of 2 levels or more).
report-consolidated = Consolidated
report-spread = Spread
cli-team-summary = { $retailer }: { $count ->
    [one] 1 respondent
   *[other] { $count } respondents
}
cli-team-disagreements = { $count ->
    [one] 1 track where the respondents disagree
   *[other] { $count } tracks where the respondents disagree
} (a spread of 2 levels or more, or no majority in store)
cli-team-all = Every track
cli-team-in-store-split = in store: no majority
col-track = Track
col-consolidated = Team
col-spread = Spread
chart-legend-team-range = Respondents: range, and how many at a level
chart-legend-team-disagreement = Disagreement (2 levels or more)
ui-present = Present ({ $key })
ui-present-hint = The chart alone, the whole window: for a meeting-room screen. Esc to come back.
ui-chart-hint = Point at a row or an axis for its details; click to open its family.
ui-click-to-open = Click to open this family.
ui-tip-score = Score: { $score } / 100
ui-tip-target = Target: { $score } / 100
ui-suggested-title = No target set: suggested next steps
ui-suggested-rule = Each track's next level, in the plan's order: quick wins first, then major projects, fill-ins and what to deprioritise. A suggestion becomes a target in one click.
ui-make-target = Make level { $level } the target
ui-help-title = Help
ui-help-reading = How to read the table
ui-help-axes = Both axes of the table run the same way, left to right: { $complexity } from { $advanced } to { $simple }, and { $maturity } from { $innovative } to { $common }.
ui-help-levels-text = Each family is a ladder: level 1 is the simplest, most common practice (the table's rightmost cell), 5 the most advanced and innovative (its leftmost); 0 means not practised yet. Pick the highest level the retailer has reached.
ui-help-tracks-of = { $family } has one ladder per track: { $tracks }. Each track has four levels.
ui-help-in-store = The column { $column } is not a level: it is the in-store (point-of-sale) counterpart of the row, answered yes or no.
ui-help-reading-file = The reading of the table, as the framework file writes it
ui-help-scoring = How the scores and stages are computed
ui-help-weights = Weights of this framework: { $weights } (the others weigh 1).
ui-help-keyboard = Keyboard
ui-help-key-families = previous / next family
ui-help-key-tracks = previous / next track (when no field has the focus)
ui-help-key-levels = the reached level of the current track
ui-help-key-tab = next / previous field
ui-help-key-files = new / open / save
ui-help-key-undo = undo / redo
ui-help-key-help = this help
ui-quit = Quit
ui-help-files = Where files are kept
ui-help-data-folder = Settings, recent files and the autosave: { $folder }
ui-help-no-data-folder = none in this run (no autosave)
ui-help-exports-folder = Exports made without a file dialog: { $folder }
ui-welcome-title = Welcome
ui-welcome-levels = For each of the families of digital commerce, pick the level the retailer has reached: 1 (simple, common) to 5 (advanced, innovative), 0 if not practised yet.
ui-welcome-score = The maturity score (0 to 100) is the mean of the family scores, each its reached level out of its highest.
ui-welcome-stages = Its stage goes from Initial to Innovative, in bands of 20 points; the roadmap shows what to reach next.
ui-welcome-new = New assessment
ui-welcome-examples = Examples to try
ui-welcome-help = Help is in the Help menu ({ $key }).
ui-welcome-start = Start
ui-families-list = Families list
ui-present-leave = Back (Esc)
ui-target-set = Target set: level { $level }
ui-export-pdf = Report (PDF)…
ui-export-xlsx = Excel workbook…
ui-csv-separators = CSV separators
ui-csv-auto = As the language expects (; and 12,5 in French)
ui-csv-semicolon = Semicolons and decimal commas (12,5)
ui-csv-comma = Commas and decimal points (12.5)
ui-compare-mode = Compare
ui-team-mode = Consolidate as a team
ui-team-hint = The ticked files are the answers of several respondents of one retailer: one consolidated assessment, the disagreements first.
ui-team-one-retailer = A team consolidates the answers of one retailer: tick files of one retailer.
ui-team-open = Open as assessment
ui-team-open-hint = The consolidated answers (notes merged) as a new assessment, not saved yet: to discuss, then save.
ui-export-report-short = Report
ui-standing-title = Different retailers: how each stands
ui-to-best = To the best
ui-best = Best
ui-team-opened = Consolidated answers opened as a new assessment (not saved yet)
ui-report-making = Making the report…
ui-report-busy = A report is still being made: wait for it before asking for another.
ui-report-lost = The report could not be made: its work stopped unexpectedly.
ui-example-name = { $name } (example)
ui-example-opened = Example { $name } opened: it is not saved anywhere; Save as keeps a copy of your changes
ui-template-current = Report template: { $template }
ui-template-builtin = built-in
ui-template-choose = Use a report template of my own…
ui-template-reset = Use the built-in report template
ui-template-set = Reports will use the template { $path } (its errors, with their line, are shown when a report is made)
ui-template-builtin-set = Reports will use the built-in template
ui-template-refused = This report template cannot be used:
ui-panel-template = Report template (.typ)
cli-stdout-failed = cannot write to the standard output: { $detail }

# Layouts that adapt (one column on a phone, a stepper where there is no families list).
ui-menu = Menu
ui-menu-bar = Main menu
ui-page-questions = Questions
ui-page-results = Results
ui-page-plan = Plan
ui-previous-short = Previous
ui-next-short = Next
ui-family-picker = Choose a family: number, name and progress
ui-close = Close

# The guidance on each practice (framework file).
guidance-list-count = { $count } items: a guidance list has 1 to { $max }
guidance-list-lengths = { $count } items where the French list has { $french }: each language gives the same list
guidance-item-empty = empty item
guidance-rating = { $value } is not a rating from 1 to { $max }

# Practices in place, confidence and evidence (format version 3).
practice-not-offered = practice { $practice } is not offered by track `{ $track }` (1 to { $top })
practice-twice = practice { $practice } is given twice for track `{ $track }`
level-practices-disagree = track `{ $track }`: level { $level } disagrees with the practices in place (the highest is { $highest })
evidence-too-many = { $count } pieces of evidence: at most { $max } per answer
evidence-too-long = longer than { $max } characters
evidence-no-title = a piece of evidence needs a title

# The plan ordered by value, and the impact / effort matrix.
cli-plan-title = Action plan (quick wins first)
cli-plan-suggested-title = Suggested next steps (no target set; quick wins first)
cli-plan-foundation = consolidate { $level }
col-quadrant = Quadrant
col-effort-impact = Effort / impact
col-from-to = From > to
col-practice = Practice
quadrant-quick-win = Quick win
quadrant-major-project = Major project
quadrant-fill-in = Fill-in
quadrant-deprioritise = Deprioritise
# How sure an answer is.
confidence-checked = checked
confidence-estimated = estimated
confidence-not-sure = not sure
csv-practices = Practices in place
csv-foundations = To consolidate
csv-confidence = Confidence
csv-evidence = Evidence

# The report: guidance, the plan by value, trust in the answers.
report-completeness = { $answered } of { $total } questions answered; { $in_store } in-store answers not given
report-confidence-summary = { $checked } of { $answered } answers checked in data or systems; { $not_sure } not sure
report-effort = Effort
report-impact = Impact
report-quadrant = Quadrant
report-why = Why
report-what-to-do = What to do first
report-kpis = What to measure
report-matrix = Impact and effort of the next steps
report-matrix-text = Each next step of the plan placed by the typical effort (left to right) and impact (bottom to top) of its practice; the number is its rank in the plan.
report-foundation = foundation to consolidate
report-foundations = To consolidate (below the reached level, not in place)
report-meaning = What it means
report-next-takes = What the next level takes
report-confidence = Confidence
report-not-sure-mark = not sure
report-evidence = Evidence behind the answers
report-no-evidence = No evidence was attached to the answers.
report-completeness-title = How complete the assessment is
report-by = by
report-guidance-scale = Effort and impact
rating-low = low
rating-medium = medium
rating-high = high
chart-matrix-title = Impact and effort of the { $count } next steps
chart-matrix-impact = { $level } impact
chart-matrix-effort = { $level } effort
chart-matrix-more = and { $count } more
chart-matrix-none = No next step: every practice is in place or the targets are reached.
csv-checked-share = Share of answers checked
col-checked = Checked
col-confidence = Confidence
col-evidence = Evidence
xlsx-families-title = Answers by family and track
xlsx-kind = Kind
xlsx-kind-target = to the target
xlsx-kind-suggestion = suggested
xlsx-kind-foundation = to consolidate
xlsx-sheet-evidence = Evidence
xlsx-evidence-title = What
xlsx-evidence-ref = Reference
xlsx-evidence-by = Given by
xlsx-matrix-alt = Impact and effort matrix of the { $count } next steps of the plan: quick wins top left, major projects top right, fill-ins bottom left, steps to deprioritise bottom right; each step is listed in its cell with its rank.
chart-alt = Maturity score { $score } / 100, stage { $stage }; strongest: { $strongest } ({ $high }); weakest: { $weakest } ({ $low }).
chart-alt-unanswered = Maturity score { $score } / 100, stage { $stage }; no family answered yet.
chart-alt-and-more = { $names } and { $count } more
report-alt-profile = Profile of the families on the complexity axis, the reached level of each track joined into a line. { $summary }
report-alt-radar = Radar of the family scores from 0 to 100. { $summary }
report-alt-deltas = Bars of the change of each family's score from the first to the last assessment. { $summary }
report-alt-trend = The maturity score of each assessment over time. { $summary }
xlsx-ranking-title = Ranking of the { $count } assessments
xlsx-team-title = The answers of { $count } respondents, track by track
xlsx-distribution-alt = For each family, how many of the { $count } assessments reached each level, 0 to 5, as stacked bars.
xlsx-comparison-bars-alt = Bars of each family's score in each compared assessment. { $summary }

# The ladder: guidance, practices in place, confidence, evidence.
ui-tick-practices = Tick the practices in place
ui-tick-practices-hint = The levels are practices: tick each one in place, in any order. The reached level is the highest ticked; those below it not in place are foundations to consolidate.
ui-none-yet = None of these yet
ui-reached-from-practices = Reached level: { $level } (the highest in place)
ui-foundations = To consolidate (below the reached level, not in place): { $levels }
ui-guidance-hint = What this practice means, how to tell you do it, effort and impact (key I)
ui-guidance-signs = You do it when:
ui-guidance-rating = Effort { $effort } · impact { $impact } · { $quadrant }
ui-guidance-more = Why, what to do first, what to measure
ui-confidence = How sure:
ui-confidence-hint = Checked: seen in data or systems. Estimated: your judgement. Not sure: to check.
ui-confidence-unsaid = not said
ui-evidence-count = { $count ->
    [0] Evidence (none)
    [one] Evidence (1)
   *[other] Evidence ({ $count })
}
ui-evidence-hint = What the answer rests on: a short title and, if any, a link, a file name or a ticket number (never opened by the app).
ui-evidence-add = Add evidence
ui-evidence-title = Title
ui-evidence-ref = Link or reference
ui-evidence-ref-hint = https://…, a file name, a ticket number
ui-evidence-remove = Remove evidence { $n }
ui-evidence-by = given by { $by }
ui-a11y-scores-table = Scores by family
ui-a11y-level-group = { $family }: { $track }
ui-a11y-target-group = { $family }: target level{ $track }
ui-a11y-in-store-group = { $family }, in store: { $practice }
ui-a11y-confidence-group = { $family }: how sure the answer is{ $track }
ui-a11y-guidance = About: { $practice }
ui-roadmap-step-gap = Level { $from } to { $to } (gap { $gap } points)
ui-plan-foundation = To consolidate: practice { $level } is below the reached level and not in place
ui-plan-rating = Effort { $effort } · impact { $impact }
ui-plan-open-family = Open this family
ui-plan-matrix-hint = Point at a step for its practice; a click opens its family.
ui-families-marks = After the level: √ every answer checked, ≈ estimated, ? not sure (the least sure answer of the family).
cli-team-confidence-split = one checked, another not sure
cli-guide-unknown-track = unknown track `{ $track }`; the tracks are: { $tracks }
cli-guide-level-needs-track = --level needs a track: `retail-maturity guide TRACK --level N`
cli-guide-none = (no guidance in this framework)
cli-guide-sign = You do it when
report-levels-by-family = Levels by family
report-target-level = Target level
ui-help-key-guide = Open or close the guidance of the current level
ui-help-guidance = Guidance, the plan and the matrix
ui-help-guidance-text = Each level is a practice. Its "?" button (or the key I) opens what it means in a retail business, the signs that you do it, why it matters, what to do first, what to measure, and its typical effort and impact for a mid-size retailer.
ui-help-plan-order = The plan (Roadmap tab) is ordered by value: quick wins first (impact medium or high for a low effort), then major projects (impact medium or high, effort medium or high), then fill-ins (limited impact, low effort), then the steps to deprioritise (limited impact, medium or high effort); among equals, the larger gap first, then the heavier family, then the table's order. The matrix places each step by its effort (left to right) and impact (bottom to top).
ui-help-trust = A board can see what the answers rest on: tick the practices in place (any of them; the level is the highest ticked, those below not in place are foundations to consolidate, listed in the plan), say how sure each answer is (checked in data or systems, estimated, not sure) and add the evidence (a title and a link, a file or a ticket; never opened by the app).
json-wrong-type = { $found }{ $value } where { $expected } was expected
json-missing-field = missing `{ $field }`
json-duplicate-field = `{ $field }` is given twice
json-unknown-value = unknown value { $found }; expected one of { $expected }
json-expected-comma-brace = a comma or a closing brace was expected
json-expected-comma-bracket = a comma or a closing bracket was expected
json-expected-colon = a colon was expected
json-expected-value = a value was expected
json-trailing-comma = a comma before the end
json-trailing-characters = something follows the end of the document
json-key-string = a key must be text in quotes
json-invalid-escape = an invalid escape sequence
json-invalid-number = an invalid number
json-number-range = a number out of range
json-control-character = a control character inside a text
json-too-deep = the document is nested too deep
json-kind-integer = a whole number
json-kind-number = a number
json-kind-string = text
json-kind-boolean = true or false
json-kind-null = null
json-kind-object = an object
json-kind-list = a list
json-truncated = the JSON ends too early (truncated file?): line { $line }, column { $column }
io-folder-refuses = its folder exists but takes no new file (a system folder, or read-only)
io-no-folder = its folder does not exist
ui-panel-new-folder = The folder { $folder } does not exist. Save again to create it.
ui-open-folder = Open the folder
ui-open-folder-failed = Cannot open the folder:
report-mostly-unanswered = Most questions are not answered yet: the score counts each unanswered track as 0.
file-is-an-input = it is a file this command reads ({ $input }): it is never overwritten, even with --force
cli-team-given-twice = { $path } is given twice: it counts once
output-dash = `-` is not a file name: give a path (`new` and `score --json` without a path print to the standard output)
report-team-more = The levels of the first 12 respondents are shown; the { $count } others are in the workbook.
framework-too-many = { $count } here: at most { $max }
text-too-long = longer than { $max } characters
report-stopped-time = the report of template { $template } was stopped: it ran past { $limit } seconds (a loop in the template?)
report-stopped-memory = the report of template { $template } was stopped: it used more than { $limit } MiB of memory
report-stopped-pages = the report of template { $template } was stopped: it made more than { $limit } pages
report-stopped-engine = the report of template { $template } could not be made: the PDF engine failed ({ $detail })
