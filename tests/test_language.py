"""Language detection on page dumps: what the stopword count must not be fooled by."""

import pytest

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


def test_korean_with_some_han_is_korean() -> None:
    text = "서울시는 4일 기자회견을 열고 新年 계획을 발표했다. 시장은 예산을 늘리겠다고 말했다."
    assert detect_language(text) == "ko"


def test_chinese_and_japanese_by_kana() -> None:
    assert detect_language("市政府昨天宣布，地铁将在周末延长运营时间。") == "zh"
    assert detect_language("市は昨日、週末の地下鉄の運行時間を延長すると発表した。") == "ja"


def test_chinese_quoting_a_japanese_title_is_chinese() -> None:
    text = "台北市政府昨天宣布，捷运将在周末延长运营时间。车站有日本电影《君の名は》的海报。"
    assert detect_language(text) == "zh"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Мэр сказал, что новый мост будет открыт уже весной, и это был его главный проект.", "ru"),
        (
            "Мер сказав, що новий міст буде відкрито вже навесні, і це був його головний проєкт.",
            "uk",
        ),
        ("Starosta řekl, že nový most bude otevřen na jaře a že to byl jeho hlavní projekt.", "cs"),
        (
            "Borgmästaren säger att den nya bron öppnar i vår och att det är ett viktigt projekt.",
            "sv",
        ),
        (
            "Borgmesteren siger, at den nye bro åbner til foråret, og at noget af arbejdet venter.",
            "da",
        ),
        (
            "Ordføreren sier at den nye brua åpner til våren, og at noe av arbeidet ble forsinket.",
            "nb",
        ),
        (
            "Pormestari sanoi, että uusi silta avataan keväällä ja että se oli hänen hankkeensa.",
            "fi",
        ),
        (
            "Belediye başkanı yeni köprünün bu bahar açılacağını ve çok önemli olduğunu söyledi.",
            "tr",
        ),
        (
            "Primarul a spus că noul pod va fi deschis în primăvară și că este un proiect mare.",
            "ro",
        ),
        ("A polgármester szerint az új híd tavasszal nyílik meg, és ez egy fontos projekt.", "hu"),
        ("Wali kota mengatakan bahwa jembatan baru itu akan dibuka pada musim semi.", "id"),
        ("Ο δήμαρχος είπε ότι η νέα γέφυρα θα ανοίξει την άνοιξη.", "el"),
        ("ראש העיר אמר כי הגשר החדש ייפתח באביב.", "he"),
        ("قال رئيس البلدية إن الجسر الجديد سيفتتح في الربيع.", "ar"),
        ("شهردار گفت که پل جدید در بهار افتتاح می‌شود.", "fa"),
        ("महापौर ने कहा कि नया पुल वसंत में खुलेगा।", "hi"),
        ("মেয়র বলেছেন নতুন সেতুটি বসন্তে খুলবে।", "bn"),
        ("นายกเทศมนตรีกล่าวว่าสะพานใหม่จะเปิดในฤดูใบไม้ผลิ", "th"),
    ],
)
def test_stopwords_and_scripts_tell_more_languages(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_romanian_hatted_vowels_are_not_vietnamese() -> None:
    text = "Într-o săptămână, mâine și poimâine, vânzările de pâine cresc în toată țara."
    assert detect_language(text) != "vi"


def test_turkish_by_its_letters_even_with_few_stopwords() -> None:
    # Casefolded, "İstanbul" and "İlgili" leave a combining dot that split off an "i", a
    # Polish stopword; the dotless ı and ğ tell Turkish apart.
    text = (
        "İstanbul'da yeni metro hattı hizmete açıldı. Hat, günde yaklaşık 300 bin yolcuya "
        "hizmet verecek. Yetkililer, hattın şehrin trafik yükünü azaltacağını belirtti."
    )
    assert detect_language(text) == "tr"


def test_a_turkish_name_on_a_german_page_stays_german() -> None:
    text = (
        "Der türkische Präsident Recep Tayyip Erdoğan traf am Montag in Berlin den "
        "Bundeskanzler, um über die Lage im Nahen Osten zu sprechen. Die Gespräche dauerten "
        "zwei Stunden, und die beiden wollen sich im Herbst wieder treffen."
    )
    assert detect_language(text) == "de"
