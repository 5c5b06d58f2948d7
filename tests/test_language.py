"""Language detection on page dumps: what the stopword count must not be fooled by."""

from newsclean import detect_language


def test_third_level_bullets_are_no_portuguese_word() -> None:
    # Text dumps mark third-level list items with "o"; Portuguese "o" ("the") must not
    # outvote the German words of the page.
    menu = "\n".join(f"      o Hunde-{item}" for item in ("Futter", "Snacks", "Spielzeug") * 20)
    prose = "Der Napf ist aus Edelstahl und passt in die Spülmaschine, sagt der Hersteller."
    assert detect_language(f"{menu}\n\n{prose}") == "de"


def test_portuguese_o_inside_a_sentence_still_counts() -> None:
    text = "O governo anunciou o plano e o presidente disse que o projeto vai ser votado."
    assert detect_language(text) == "pt"
