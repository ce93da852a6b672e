"""Where the tagger ends or opens a person's name at the wrong word
(actors/name_bounds.py): a family name that is a common word too, a
European name's particle, علي read as على, a common word after a father's
name, an honorific before the next title, a king's name that names a body.
Sentences written for these tests."""

from extracted import people

from briefings.assemble import assemble
from briefings.lang.ar import key, words
from briefings.model import Article


def actors(text: str):
    return assemble(Article(id="t", path="t.txt", sha256="0", body=text, published="2015-08-01")).actors


def test_a_family_name_that_is_a_common_word_stays_in_the_name():
    assert key("المسلم") in words("family_names")
    assert people("أكد مدير الكرة بنادي هجر فؤاد المسلم جاهزية اللاعبين.") == {"فؤاد المسلم"}


def test_a_common_family_name_alone_later_is_no_mention_of_the_person():
    found = [a for a in actors("أكد مدير الكرة بنادي هجر فؤاد المسلم جاهزية اللاعبين. وقال إن المسلم أخو المسلم.")
             if a.type == "person"]
    assert [a.name for a in found] == ["فؤاد المسلم"]
    assert len(found[0].mentions) == 1


def test_a_particle_does_not_end_a_european_name():
    assert people("استبعد المدرب الهولندي لويس فان غال الحارس من التشكيلة.") == {"لويس فان غال"}
    found = [a for a in actors("استبعد المدرب الهولندي لويس فان غال الحارس من التشكيلة. وقال فان غال إن القرار فني.")
             if a.type == "person"]
    assert [(a.name, [m.text for m in a.mentions]) for a in found] == [("لويس فان غال", ["لويس فان غال", "فان غال"])]


def test_ali_after_a_word_no_preposition_follows_opens_the_name():
    assert people("ونقلت الوكالة عن علي أحمدي قوله إن الاتفاق جيد.") == {"علي أحمدي"}


def test_a_common_word_after_a_fathers_name_ends_it():
    assert people("وبعث الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس.") == {"سلمان بن عبدالعزيز"}
    assert people("وقد حظي محمد بن ناصر حظي باستقبال كبير.") == {"محمد بن ناصر"}
    # a grandfather's name the names lists hold stays, and a family name
    # that is a common word too before a mark or a title
    assert people("وحضر الحفل علي بن محمد حسن وعدد من المسؤولين.") == {"علي بن محمد حسن"}
    assert people("وأكد نزار بن عبيد مدني، وزير الدولة، أن الموقف ثابت.") == {"نزار بن عبيد مدني"}
    assert people("وقال ماهر بن صالح جمال مدير الإدارة إن العمل مستمر.") == {"ماهر بن صالح جمال"}


def test_an_honorific_before_a_title_is_no_name():
    text = "ويضم الوفد لسمو ولي العهد معالي وزير الدولة الدكتور مساعد العيبان ومعالي وزير الخارجية عادل الجبير."
    assert people(text) == {"مساعد العيبان", "عادل الجبير"}


def test_a_kings_name_that_names_a_body_is_no_person():
    assert people("وتعمل في مدينة الملك عبدالعزيز للعلوم والتقنية منذ عام.") == set()
    assert people("وقال الملك سلمان إن البلاد بخير.") == {"سلمان"}


def test_a_body_under_lam_before_its_office_holder_is_no_part_of_the_name():
    assert people("وأشار الأمين العام لأوبك عبد الله البدري إلى أن الدول لن تخفض الإنتاج.") == {"عبد الله البدري"}
    # a name under ل stays one (a name the lists hold after the clitic)
    assert people("وقدم الشكر الجزيل لمحمد بن سلمان على جهوده.") == {"محمد بن سلمان"}


def test_names_the_mends_leave_whole():
    # أبي is a link: طالب after it is a name, however common the word
    assert people("وقال الإمام علي بن أبي طالب كلمة مشهورة.") == {"علي بن أبي طالب"}
    # a rank names the person right after it, whatever letter opens the name
    assert people("وأوضح العقيد لودي دي فوس أن القوات وصلت.") == {"لودي دي فوس"}


def test_an_ordinal_or_a_referee_after_a_first_name_is_no_family_name():
    for w in ("الثالث", "الحكم", "الواحد"):
        assert key(w) not in words("family_names")
    assert "سامي الحكم" not in people("وشكر المدرب سامي الحكم على إدارته للمباراة.")
    assert "خالد الثالث" not in people("وجاء السباح خالد الثالث في الترتيب بعد المنافسة.")


def test_ali_after_an_complementizer_or_with_a_shadda_is_no_name():
    # «إن على فلان أن»: on him, written with ya too
    assert "علي بشار الأسد" not in people("وقال الوزير إن علي بشار الأسد أن يرحل عن السلطة.")
    assert not any("عليّ" in p for p in people("ونقلت الصحيفة عن عليّ محمد قوله إن الوضع صعب."))


def test_an_honorific_before_a_title_is_not_the_end_of_a_name():
    # without the rule the tagger's «العهد معالي» is a person
    found = {a.name for a in actors("وحضر الحفل الأمير محمد بن سلمان ولي ولي العهد معالي وزير الحرس الوطني.")
             if a.type == "person"}
    assert found == {"محمد بن سلمان"}


def test_a_cable_is_no_part_of_its_senders_name():
    assert people("وبعث ولي ولي العهد الأمير محمد بن سلمان برقية عزاء للملك عبدالله الثاني بن الحسين.") == {
        "محمد بن سلمان", "عبدالله الثاني بن الحسين"}
    assert people("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة للرئيس المصري.") == {
        "سلمان بن عبدالعزيز آل سعود"}


def test_bare_raid_before_a_name_is_its_first_name_not_the_rank():
    assert people("ونقلت الوكالة عن الفريق في الشرطة الاتحادية رائد شوكت جودت قوله إن القوات تقدمت.") == {
        "رائد شوكت جودت"}
    # after رتبة it is the rank
    assert people("وتمت ترقية الضابط إلى رتبة رائد محمد العتيبي في الحفل.") == {"محمد العتيبي"}
    # after the noun it qualifies it is the adjective, a verb or not between
    assert people("ووصف الوزير المشروع بأنه عمل رائد قاده خالد العتيبي في الرياض.") == {"خالد العتيبي"}
    assert people("وهذا مشروع رائد سلطان الشهري أطلقه العام الماضي.") == {"سلطان الشهري"}


def test_amin_before_a_listed_surname_is_a_first_name():
    assert people("وقال الرئيس التنفيذي لأرامكو أمين الناصر إن الشركة مستمرة في الإنتاج.") == {"أمين الناصر"}
    # أمين العاصمة stays the office
    assert people("وقال أمين العاصمة المقدسة الدكتور أسامة البار إن المشروع مهم.") == {"أسامة البار"}


def test_a_hospital_written_mashfa_names_the_king_it_is_named_for():
    assert people("وتقع العيادة بجانب مشفى الملك عبدالله لأورام الأطفال في جدة.") == set()
