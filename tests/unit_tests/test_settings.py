"""The one settings object: defaults, the file, and one line per problem."""

from tui.core.infra.settings import DEFAULT_POLL, Settings, load_settings


def test_a_missing_file_is_the_defaults(tmp_path):
    assert load_settings(tmp_path / "config.toml") == Settings()


def test_the_file_sets_poll_and_offline(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("# mine\n[sources]\npoll = 60\noffline = true\n", encoding="utf-8")
    assert load_settings(path) == Settings(60.0, True)


def test_bad_values_and_bad_files_are_one_line_each_and_the_defaults_stand(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[sources]\npoll = "fast"\noffline = 3\nshade = 1\n', encoding="utf-8")
    settings = load_settings(path)
    assert (settings.poll, settings.offline) == (DEFAULT_POLL, False)
    assert len(settings.problems) == 3 and all(p.startswith(str(path)) for p in settings.problems)
    path.write_text("[sources\n", encoding="utf-8")
    broken = load_settings(path)
    assert broken.poll == DEFAULT_POLL and len(broken.problems) == 1 and "line 1" in broken.problems[0]


def test_the_poll_interval_comes_from_the_file_unless_the_flag_says(tmp_path, monkeypatch, capsys):
    from tui.cli import _inputs, build_parser

    (tmp_path / "liveblog").mkdir()
    (tmp_path / "liveblog" / "config.toml").write_text("[sources]\npoll = 45\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    for argv, expected in (
        (["list", "http://127.0.0.1:9/world/live/2025/aug/19/x", "--offline"], 45),
        (["list", "--poll", "12", "--offline", "http://127.0.0.1:9/world/live/2025/aug/19/x"], 12),
    ):
        args = build_parser().parse_args(argv)
        args.store = str(tmp_path / "s.sqlite3")
        try:
            _inputs(args)
        except SystemExit:
            pass  # offline with no stored copy: said on stderr
        assert args.inputs.sources.sources[0].interval == expected


def test_reader_settings_and_keymap(tmp_path):
    from tui.core.infra.settings import load_settings

    path = tmp_path / "config.toml"
    path.write_text(
        '[reader]\ntheme = "textual-light"\nnotes = "loud"\npager = "less -R"\n'
        '[keymap]\nsearch = "ctrl+f"\ntopics = "two words"\nhelp = 7\n'
    )
    settings = load_settings(path)
    assert settings.theme == "textual-light" and settings.pager == "less -R" and settings.notes == "summary"
    assert settings.keymap == (("search", "ctrl+f"),)
    said = "\n".join(settings.problems)
    assert "reader.notes must be one of summary, all, off" in said
    assert "keymap.topics must be keys" in said and "keymap.help must be keys" in said


def test_notes_off_in_the_settings_silences_the_summary(tmp_path, monkeypatch, capsys):
    from tui.cli import main

    config = tmp_path / "config"
    (config / "liveblog").mkdir(parents=True)
    (config / "liveblog" / "config.toml").write_text('[reader]\nnotes = "off"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert main(["list"]) == 0
    assert capsys.readouterr().err == ""
    (config / "liveblog" / "config.toml").write_text('[reader]\nnotes = "all"\n')
    assert main(["list"]) == 0
    assert len(capsys.readouterr().err.splitlines()) == 7
