"""Names that ran on into the next word (seventh round, class "a span
absorbing a following common word"), on sentences written for these
tests."""

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def actors(text: str) -> set[tuple[str, str]]:
    return {(a.type, a.name) for a in extract_actors(text, sentences(text, paragraphs(text)))}


def names(text: str) -> set[str]:
    return {n for _, n in actors(text)}


def test_a_word_with_tanween_is_no_part_of_a_name():
    assert ("person", "بولوني") in actors("وتعاقد النادي مع المدرب الروماني بولوني خلفاً للمدرب المقال.")
    assert ("person", "جريجوريس") in actors("وطبق مدرب اللياقة اليوناني جريجوريس عددًا من التمارين.")


def test_a_span_that_opens_with_tanween_names_no_one():
    assert not any("موسعاً" in n for n in names("وعقد الوزير الأمريكي اجتماعاً موسعاً مع نظرائه أمس."))
    assert not any("دوماً" in n for n in names("وتسعى الجمعية دوماً إلى دعم الأسر المحتاجة."))


def test_a_persons_name_ends_before_a_word_that_wa_opens():
    found = names("وحضر الحفل الشيخ سالم الهاجري وبندر وأبناؤه.")
    assert not any(n.endswith("وبندر") for n in found)


def test_two_names_joined_by_wa_are_two_people():
    found = names("ويأتي في مقدمتهم هداف الفريق محسن ياجور وعبد الصمد رفيق.")
    assert "محسن ياجور" in found
    assert not any("ياجور و" in n for n in found)


def test_by_gods_grace_is_no_one():
    assert names("وأكد المدير أن الحدود آمنة بحمد الله وأن الدوريات مستمرة.") == set()
    assert names("وتم بتوفيق الله تخريج الدفعة السادسة من المتدربين.") == set()


def test_a_word_under_lam_and_the_article_ends_a_name_or_names_a_body():
    found = actors("وتخرج المستفيدون من مركز محمد بن نايف للمناصحة والرعاية بالرياض.")
    assert ("organization", "مركز محمد بن نايف للمناصحة والرعاية") in found
    assert ("person", "بولوني") in actors("وسيجتمع رئيس النادي مع المدرب الروماني بولوني للتباحث حول الصفقات.")


def test_an_epithet_before_a_name_is_no_part_of_it():
    assert "حسن حمد اليامي" in names("وقال اليتيم حسن حمد اليامي إنه يعاني من شلل.")
    # a first name with the article goes on through بن
    assert "الخليل بن أحمد الفراهيدي" in names("وحضر الحفل الخليل بن أحمد الفراهيدي.")


def test_a_formula_with_gods_name_is_no_one():
    assert names("وقال المدير: نحمد الله على سلامة جميع الركاب والطاقم.") == set()
    assert names("وأضاف أن الإنجاز تحقق بعد توفيق الله ثم جهود العاملين في المشروع.") == set()
    assert "عطا الله العنزي" in names("وقال عطا الله العنزي إن المشروع اكتمل.")


def test_a_bodys_name_ends_at_the_first_name_after_its_adjective():
    found = actors("وقالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيدريكا موغيريني إن الاتفاق تاريخي.")
    assert ("organization", "الاتحاد الأوروبي") in found
    assert not any("فيدريكا" in n for t, n in found if t == "organization")
    assert ("organization", "نادي النصر الدولي") in actors("وكرم نادي النصر الدولي ماجد عبدالله في حفل كبير.")


def test_a_name_ends_before_an_accusative_written_without_its_tanween():
    from briefings.assemble import assemble
    from briefings.model import Article

    def persons(text):
        b = assemble(Article(id="t", path="t.txt", sha256="0", body=text, published="2015-08-01"))
        return {a.name for a in b.actors if a.type == "person"}

    assert persons("واعتمد المجلس تعيين سالم الحربي رئيسا للنادي بالتزكية.") == {"سالم الحربي"}
    assert persons("وكان الرئيس عبدربه منصور هادي قد أصدر أمس قرارا بتعيين المحافظ.") == {"عبدربه منصور هادي"}
    # a name that ends in alef is still a name (a place's spelling, a rare surname)
    assert "سيباستيان سوريا" in persons("وانتقل المهاجم سيباستيان سوريا إلى النادي.")
