"""Organizations on unseen text, sixteenth round (issue 12): events read as
bodies, a club's title run on after its name, and the Suez Canal (a place)
read as a body or merged with the city and with the canal's authority. On
sentences written for these tests."""

from extracted import organizations, places

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def _actors(text: str):
    return extract_actors(text, sentences(text, paragraphs(text)))


def test_a_cup_of_the_nations_is_no_body():
    text = "وشارك اللاعب مع منتخب بلاده في كأس الأمم الإفريقية للاعبين المحليين عام 2010."
    assert not any("الأمم" in o for o in organizations(text))


def test_a_tournament_is_no_body_and_a_campaign_stays_one():
    found = organizations("وحقق نادي الرائد بطولة عسير الدولية الرابعة للطيران الشراعي بعد منافسة قوية.")
    assert not any(o.startswith("بطولة") for o in found)
    # a campaign with offices and a director is a body (not in the events)
    text = "وأعلنت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا وصول قافلة جديدة."
    assert "الحملة الوطنية السعودية" in organizations(text)


def test_a_clubs_title_after_its_name_is_no_part_of_it():
    found = organizations("وتغلب ارسنال بطل كأس الاتحاد الإنجليزي على تشيلسي بهدف دون مقابل.")
    assert "ارسنال" in found
    assert not any("بطل" in o for o in found)


def test_the_canal_with_an_adjective_is_a_place():
    for text in ("وقال الرئيس إن قناة السويس الموازية ستضاعف دخل البلاد خلال سنوات قليلة.",
                 "ويمر بقناة السويس الأصلية التي افتتحت عام 1869 نحو سبعة في المئة من تجارة العالم."):
        assert not any("السويس" in o for o in organizations(text))
        assert any(p.startswith("قناة السويس") for p in places(text))


def test_the_canal_alone_joins_no_authority_named_for_it():
    text = "وقالت هيئة قناة السويس إن السفن عبرت القناة الجديدة أمس، وإن القناة ستضاعف دخل مصر."
    authority = next(a for a in _actors(text) if a.name == "هيئة قناة السويس")
    assert [m.text for m in authority.mentions] == ["هيئة قناة السويس"]
    assert not authority.aliases


def test_the_city_is_not_the_canal_named_for_it():
    text = ("وتستعد مصر لافتتاح قناة السويس الجديدة. وتشمل خطة التأمين 6 محافظات هي الإسماعيلية، وبورسعيد، "
            "والسويس، بالإضافة إلى القاهرة. ويعبر قناة السويس نحو خمسين سفينة يوميا.")
    canal = next(a for a in _actors(text) if a.name == "قناة السويس")
    assert "السويس" not in canal.aliases
    assert "السويس" in places(text)
    # a country's longer name is still the country (the merge's other rule)
    text = "وزار الوفد المملكة العربية السعودية، وقال إن السعودية شريك مهم."
    assert len([a for a in _actors(text) if a.type == "place"]) == 1


def test_a_town_of_the_place_pairs_read_as_a_body_is_a_place():
    text = "وقتل أربعة مدنيين في قصف شنه الحوثيون على أحياء سكنية في دار سعد بمدينة عدن."
    assert "دار سعد" in places(text)
    assert "دار سعد" not in organizations(text)
    # a body's name after دار stays a body
    assert "دار الإفتاء المصرية" in organizations("وأصدرت دار الإفتاء المصرية بيانا أمس.")


def test_a_second_party_after_a_body_and_waw_is_no_part_of_its_name():
    for text, body in (
            ("وأكد الرئيس أن الانتصارات التي حققها الجيش الوطني والمقاومة الشعبية في بلاده كبيرة.", "الجيش الوطني"),
            ("وقصفت ميليشيات الحوثي والمخلوع أحياء سكنية في المدينة أمس.", "ميليشيات الحوثي"),
            ("وقدم الوفد شكره إلى حكومة المملكة والشعب السعودي على حسن الاستقبال.", "حكومة المملكة"),
            ("وأوضح أن وزارة الداخلية والجهات الأمنية تتابع القضية.", "وزارة الداخلية")):
        assert organizations(text) == {body}
    # a name's own و goes on
    text = "وأعلنت وزارة الشؤون البلدية والقروية وهيئة التحقيق والادعاء العام عن خطة مشتركة."
    assert organizations(text) == {"وزارة الشؤون البلدية والقروية", "هيئة التحقيق والادعاء العام"}
    # a second field after a field is the name's, even a group's plural
    text = "وافتتح المعهد السعودي للإلكترونيات والأجهزة المنزلية دورة جديدة للمتدربين."
    assert "المعهد السعودي للإلكترونيات والأجهزة المنزلية" in organizations(text)
