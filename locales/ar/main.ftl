## Équilibre — الرسائل العربية

site-name = Équilibre
site-tagline = بوابة المعلومات لطالبي السكن الاجتماعي في متروبول ليل الأوروبية: شروط الدخل، العرض، مدة الانتظار والمواعيد.
site-page-title = { $page } – { $site }
site-short-tagline = السكن الاجتماعي في متروبول ليل
skip-link = الانتقال إلى المحتوى
nav-label = التنقل الرئيسي
nav-home = الصفحة الرئيسية
nav-eligibility = هل يمكنني طلب سكن اجتماعي؟
lang-switcher-label = اللغة
footer-accessibility = إمكانية الوصول: غير مطابق
footer-privacy = البيانات الشخصية
footer-api = واجهة برمجية مفتوحة (OpenAPI)
footer-staff = فضاء المهنيين
footer-publisher = بوابة معلومات خطة إدارة طلبات السكن الاجتماعي وإعلام الطالبين في متروبول ليل الأوروبية.

home-title = طلب سكن اجتماعي في منطقة ليل
home-intro = تساعدك هذه البوابة على معرفة ما إذا كان بإمكانك طلب سكن اجتماعي، وأين تقدّم طلبك، وحجز المقابلة التي يحق لك الحصول عليها، والتعرف على العرض ومدد الانتظار والتخصيصات في متروبول ليل الأوروبي.
home-eligibility-title = هل يمكنني طلب سكن اجتماعي؟
home-eligibility-text = في دقيقة واحدة: فئة أسرتك، وسقوف الدخل التي تنطبق عليك، وشريحة دخلك حسب CIET 2016–2022، والحالات التي قد تجعل طلبك ذا أولوية.
home-register-title = تقديم طلب
home-register-text = يُقدَّم طلب السكن الاجتماعي عبر الإنترنت على البوابة الوطنية أو لدى شباك تسجيل. تحصل بعدها على رقم طلب موحد.
home-register-external = موقع وطني، خارج هذه البوابة.

not-found-title = الصفحة غير موجودة
not-found-text = العنوان المطلوب غير موجود أو لم يعد موجودًا. تحقق من العنوان أو ابدأ من الصفحة الرئيسية.
not-found-home = العودة إلى الصفحة الرئيسية

a11y-title = بيان إمكانية الوصول
a11y-intro = تلتزم متروبول ليل الأوروبية بجعل هذه البوابة في متناول الجميع وفقًا للمادة 47 من القانون رقم 2005-102 المؤرخ 11 فبراير 2005.
a11y-s1-title = حالة المطابقة
a11y-s1-p1 = هذه البوابة غير مطابقة للمرجع العام لتحسين إمكانية الوصول (RGAA 4.1): لم يُجرَ أي تدقيق للمطابقة بعد.
a11y-s1-p2 = تُفحص كل صفحة آليًا (أداة axe-core، معايير WCAG 2.1 المستويان A وAA) بالفرنسية والإنجليزية والعربية، مع JavaScript وبدونه، ويمكن استخدامها كاملة بلوحة المفاتيح. لا تحل هذه الفحوص الآلية محل التدقيق.
a11y-s2-title = محتويات معروفة غير متاحة
a11y-s2-p1 = الوثائق الرسمية المذكورة (الاتفاقية بين البلديات، القرارات) ينشرها أصحابها وقد لا تكون متاحة.
a11y-s3-title = الملاحظات والتواصل
a11y-s3-p1 = إذا لم تتمكن من الوصول إلى محتوى أو خدمة، اكتب إلى مصلحة السكن في متروبول ليل الأوروبية، 2 boulevard des Cités Unies, 59040 Lille Cedex، ليُقترح عليك بديل متاح.
a11y-s4-title = طرق الطعن
a11y-s4-p1 = إذا لم تحصل على رد مُرضٍ، يمكنك مراجعة المدافع عن الحقوق (استمارة على الإنترنت، مندوب منطقتك، أو بريد مجاني: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07).

privacy-title = البيانات الشخصية
privacy-intro = ما تجمعه هذه البوابة، ولماذا، وإلى متى، وكيف تمارس حقوقك.
privacy-s1-title = تصفح البوابة
privacy-s1-p1 = يمكنك استخدام هذه البوابة دون حساب. لا تُستخدم أي أداة لقياس الجمهور ولا أي متتبع إعلاني.
privacy-s1-p2 = إذا اخترت لغة، يحفظها ملف تعريف ارتباط «lang» لمدة سنة. لا يحتوي إلا على رمز اللغة.
privacy-s1-p3 = يحتفظ الخادم بسجل تقني (التاريخ، العنوان المطلوب، رمز الاستجابة) لأمن الخدمة، لمدة 30 يومًا كحد أقصى.
privacy-s2-title = محاكي الأهلية
privacy-s2-p1 = ما تكتبه في المحاكي يُستخدم فقط لحساب النتيجة المعروضة. لا يُحفظ شيء ولا يُسجَّل.
privacy-s3-title = المسؤول عن المعالجة والتواصل
privacy-s3-p1 = المسؤول عن المعالجة: متروبول ليل الأوروبية، 2 boulevard des Cités Unies, 59040 Lille Cedex. يمكنك التواصل مع مندوب حماية البيانات على العنوان نفسه.
privacy-s4-title = حقوقك
privacy-s4-p1 = لك حق الاطلاع والتصحيح والمحو والتقييد والاعتراض. إذا رأيت أن حقوقك غير محترمة، يمكنك تقديم شكوى إلى اللجنة الوطنية للمعلوماتية والحريات (CNIL).
privacy-s5-title = المواعيد في أماكن الاستقبال
privacy-s5-p1 = لحجز موعد نسجّل اسمك وبريدك الإلكتروني وهاتفك إن قدّمته ورقم طلبك وتاريخ تسجيله والمكان والوقت المختارين. تُستعمل فقط لتنظيم الموعد وإرسال التأكيد والتذكير والتغييرات ومتابعة مدة الشهرين.
privacy-s5-p2 = لا يطّلع عليها إلا موظفو مكان الاستقبال المختار ومسؤولو MEL. تُحذف هذه البيانات تلقائيًا بعد سنة من تاريخ الموعد.
privacy-s6-title = فضاء المهنيين
privacy-s6-p1 = بالنسبة لحسابات الموظفين نسجّل الاسم والبريد الإلكتروني والدور والنطاق، وسجلًا لعمليات الدخول والإجراءات (دون كلمات المرور). تنتهي الجلسات بعد 30 دقيقة من عدم النشاط.

elig-title = هل يمكنني طلب سكن اجتماعي؟
elig-intro = أجب عن بعض الأسئلة حول أسرتك ودخلك. تظهر النتيجة أسفل الصفحة.
elig-privacy = لا يُحفظ شيء مما تكتبه.
elig-form-household = أسرتك
elig-adults = عدد البالغين
elig-adults-hint = بما فيهم أنت: البالغون الذين سيسكنون في المسكن.
elig-dependants = عدد الأشخاص المُعالين
elig-dependants-hint = الأطفال وغيرهم من المُعالين الذين سيسكنون معك، بمن فيهم الأطفال الذين تستقبلهم بموجب حق الزيارة والإيواء.
elig-disabled = الأشخاص ذوو الإعاقة
elig-disabled-hint = عدد أفراد الأسرة الحاملين لبطاقة «carte mobilité inclusion» بعبارة «invalidité».
elig-applicant-age = عمرك
elig-applicant-age-hint = اختياري. يُستخدم لحالة أولوية واحدة: الشباب من 18 إلى 30 سنة.
elig-couple = نحن زوجان بلا أشخاص مُعالين
elig-couple-hint = اذكر حينها العمرين: للزوجين الشابين (مجموع العمرين 55 سنة أو أقل) سقوف أعلى.
elig-age1 = عمر الشخص الأول من الزوجين
elig-age2 = عمر الشخص الثاني من الزوجين
elig-form-resources = دخلك
elig-monthly = الدخل الشهري للأسرة (باليورو)
elig-monthly-hint = كل دخل الشهر: الأجور، المساعدات، المعاشات… دون مساعدات السكن (APL، AL). مثال: 1650.50
elig-n2 = الدخل الضريبي المرجعي للسنة N-2 (اختياري)
elig-n2-hint = في إشعارك الضريبي. لطلب في 2026، هو إشعار 2025 عن دخل 2024. إذا كنتما زوجين غير متزوجين وغير مرتبطين بعقد PACS، فلكل منكما إشعار: اجمعا المبلغين.
elig-n1 = الدخل الضريبي المرجعي للسنة N-1 (اختياري)
elig-n1-hint = يُعتمد إذا كان أقل بنسبة 10 ٪ على الأقل من دخل السنة N-2.
elig-12m = موارد الأشهر الاثني عشر الأخيرة (اختياري)
elig-12m-hint = مجموع دخلك الخاضع للضريبة خلال الأشهر الاثني عشر الأخيرة، إذا تغيّر وضعك (فقدان عمل، انفصال…). يُعتمد إذا كان أقل بنسبة 10 ٪ على الأقل من دخل السنة N-2، وعليك إثباته.
elig-year = سنة السقوف
elig-year-hint = افتراضيًا، السنة الجارية.
elig-form-situations = وضعك السكني
elig-situations-hint = ضع علامة على الحالات التي تخصك. قد تجعل طلبك ذا أولوية. هذه هي الحالات الـ13 للاتفاق الجماعي بين البلديات ضمن CIET 2016–2022؛ أما المعايير السارية اليوم فينشرها المتروبول (MEL).
elig-submit = عرض نتيجتي
elig-result-title = نتيجتك
elig-result-waiting = اذكر على الأقل عدد البالغين ودخلك الشهري لرؤية نتيجتك.
elig-result-fix = صحّح الأخطاء المشار إليها في الاستمارة لرؤية نتيجتك.
elig-errors-title = تحتوي الاستمارة على أخطاء
elig-error-item = { $label }: { $message }
elig-summary-yes = حسب دخلك الضريبي المرجعي، دخلك أدنى من سقف واحد على الأقل: يمكن أن يُمنح لك سكن اجتماعي إذا استوفيت الشروط الأخرى.
elig-summary-no = حسب دخلك الضريبي المرجعي، يتجاوز دخلك كل السقوف: لا يمكن أن يُمنح لك سكن اجتماعي. ومع ذلك يمكنك تسجيل طلب.
elig-summary-estimate-yes = حسب دخلك الشهري، هو على الأرجح أدنى من سقف واحد على الأقل. سيؤكد ذلك إشعارك الضريبي.
elig-summary-estimate-no = التقدير المستخلص من دخلك الشهري يتجاوز كل السقوف. لكن التقدير يحتسب أيضًا إعانات غير خاضعة للضريبة: وحده إشعارك الضريبي سيحسم الأمر.
elig-category = عدد أفراد أسرتك: { $persons }. فئة الأسرة: { $category }.
elig-category-extra = في حساب السقوف، يُضاف إلى الفئة 6 عدد { $extra } من الأشخاص.
elig-monthly-understood = الموارد الشهرية كما فُهمت: { $amount } في الشهر.
elig-ceilings-caption = سقوف الدخل السنوية لسنة { $year } لأسرتك
elig-col-financing = نوع المسكن
elig-col-ceiling = السقف السنوي
elig-col-tax = حسب دخلك الضريبي
elig-col-estimate = تقدير حسب دخلك الشهري
elig-fin-plai = PLAI (أدنى الإيجارات)
elig-fin-plus = PLUS (السكن الاجتماعي العادي)
elig-fin-pls = PLS (إيجارات وسيطة)
elig-yes = نعم
elig-no = لا
elig-not-given = غير مذكور
elig-income-used-n2 = الدخل المعتمد: الدخل الضريبي المرجعي لسنة { $year }، { $amount }.
elig-income-used-n1 = الدخل المعتمد: الدخل الضريبي المرجعي لسنة { $year }، { $amount }، لأنه أقل بنسبة 10 ٪ على الأقل من السنة السابقة.
elig-income-used-12m = الدخل المعتمد: مواردك خلال الأشهر الاثني عشر الأخيرة، { $amount }، لأنها أقل بنسبة 10 ٪ على الأقل من دخل السنة N-2. عليك إثباتها (كشوف الرواتب، الإفادات).
elig-estimate-note = يقارن التقدير دخلك الشهري × 12، ناقص 10 ٪، بالسقوف. وهو يحتسب كل مواردك، بما فيها إعانات لا يحتسبها الدخل الضريبي (RSA، المنح العائلية، prime d'activité): لذا قد يضعك فوق سقف أنت في الواقع دونه. وحده دخلك الضريبي المرجعي هو المعتمد.
elig-band-title = شريحة دخلك (CIET 2016–2022)
elig-band-yours = أسرتك في شريحة: { $band }.
elig-band-yours-tag = شريحتك
elig-range-tres-modeste = أقل من { $p40 } شهريًا
elig-range-modeste = من { $p40 } إلى { $p60 } شهريًا
elig-range-intermediaire = من { $p60 } إلى { $p80 } شهريًا
elig-range-superieur = أكثر من { $p80 } شهريًا
elig-band-explain = كانت اتفاقية التوازن الترابي بين البلديات (CIET) للمتروبول تهدف إلى توازن بين هذه الشرائح الأربع: في الأحياء الهشة كان يُبحث عن أسر الشرائح الوسيطة والأعلى، وفي غيرها عن الأسر المتواضعة والمتواضعة جدًا. كان بإمكان كل الشرائح الحصول على مسكن في أي مكان.
elig-aci-title = طلب ذو أولوية؟
elig-aci-historic = هذه الحالات هي حالات الاتفاق الجماعي بين البلديات (ACI) ضمن CIET 2016–2022. جدّده المتروبول (MEL) سنة 2022 مع اتفاقية التخصيص بين البلديات: المعايير السارية هي التي ينشرها. الأولويات التي يحددها القانون (المادة L441-1 من قانون البناء والسكن) تنطبق في كل الأحوال.
elig-aci-not-selected = لم تضع علامة على أي حالة. إذا كانت إحداها تخصك، ضع عليها علامة: قد يكون طلبك ذا أولوية.
elig-aci-possible = قد تكون أسرتك أسرة ذات أولوية بموجب الاتفاقات الجماعية بين البلديات.
elig-aci-none = حسب إجاباتك، لا يبدو أن الحالات المختارة تستوفي الشروط. تحدث عنها في مقابلتك: تبقى الدراسة حالة بحالة ممكنة.
elig-aci-status-possible = الشرط مستوفى حسب إجاباتك
elig-aci-status-age-to-confirm = ممكن، حسب عمرك (غير مذكور)
elig-aci-status-resources-above-limit = دخلك يتجاوز حد ضعفي RSA ({ $limit } شهريًا لأسرتك)
elig-aci-status-age-outside-range = عمرك لا يتوافق مع هذه الحالة
elig-aci-item = { $situation } — { $status }
elig-aci-rsa-used = يُحسب حدّ ضعفَي RSA بالمبلغ الجزافي لـ RSA لشخص واحد الساري في { $on }: { $amount } شهريًا (ابتداءً من { $from }، { $source }).
elig-aci-rsa-unverified = لم يُتحقَّق بعدُ من هذا المبلغ مقارنةً بمرسومه.
elig-aci-disclaimer = هذا ليس قرارًا: يدرس الشركاء الأولوية عند معالجة طلبك.
elig-next-title = ماذا بعد؟
elig-next-register = يمكن لأي شخص تقديم طلب سكن اجتماعي، عبر الإنترنت على البوابة الوطنية أو لدى شباك تسجيل: ستحصل على رقم موحد. لكي يُمنح لك سكن، يجب أن يكون دخلك أدنى من سقف ذلك السكن، وإذا كنت من جنسية أجنبية (من خارج الاتحاد الأوروبي) يجب أن تكون إقامتك في فرنسا نظامية (بطاقة إقامة سارية).
elig-next-interview = خلال شهرين من تسجيل طلبك، يمكن استقبالك في مقابلة في مكان استقبال معتمد في المتروبول لتوضيح مشروعك السكني.
elig-ruleset = حُسب وفق سقوف { $year } (سارية من { $from } إلى { $to }) — المصدر: { $source }.
elig-ruleset-unverified = تنبيه: بعض أرقام هذه السنة لم يُتحقق منها بعد في القرار الرسمي.
elig-band-rule = شرائح الدخل: { $name } (من { $from } إلى { $to }).
elig-band-rule-ended = حلّت محل هذه الاتفاقية في 2022 الاتفاقية بين البلديات للتوزيع، ولم تُحمَّل أرقامها بعد: تُحسب الشريحة وفق طريقة 2016.

band-tres-modeste = دخل متواضع جدًا
band-modeste = دخل متواضع
band-intermediaire = دخل متوسط
band-superieur = دخل أعلى

aci-non-decent = أسكن في مسكن غير لائق
aci-insalubre = أسكن في مسكن غير صحي أو خطير
aci-suroccupation-extreme = مسكني مكتظ جدًا
aci-sans-logement = ليس لدي مسكن
aci-perte-logement = سأفقد مسكني (طرد، نهاية عقد الإيجار، بيع)
aci-sortie-hebergement = أغادر إيواءً طارئًا أو إيواء إدماج
aci-sortie-foyer = أغادر مأوى أو إقامة اجتماعية
aci-handicap = أحد أفراد أسرتي في وضعية إعاقة
aci-cohabitation-risque = أعيش في مساكنة صعبة أو خطرة
aci-jeune-precaire = عمري بين 18 و30 سنة، وعملي غير مستقر ودخلي ضعيف
aci-age-modeste-mal-loge = أنا شخص مسن ذو دخل متواضع وسكن غير ملائم
aci-precarite-insertion = أعيش هشاشة مادية مع صعوبات في الاندماج المهني
aci-situation-particuliere = حالة خاصة أخرى (لاجئ، خروج من السجن، ضحية عنف أو اتجار…)

error-not-found = هذا المورد غير موجود.
error-internal = حدث خطأ غير متوقع. أعد المحاولة بعد لحظات.
error-database-unavailable = الخدمة غير متاحة مؤقتًا. أعد المحاولة بعد لحظات.
error-invalid-json = محتوى الطلب ليس JSON صالحًا.
error-validation-failed = بعض البيانات غير صالحة.
error-method-not-allowed = هذه الطريقة غير مقبولة هنا.
error-payload-too-large = الطلب كبير جدًا.
error-forbidden = هذا الطلب غير مسموح به من هذا الموقع.
error-required = هذا الحقل إلزامي.
error-not-an-integer = أدخل عددًا صحيحًا.
error-invalid-amount = أدخل مبلغًا باليورو، مثلًا 1650.50.
error-amount-ambiguous = يمكن قراءة هذا المبلغ بطريقتين. اكتبه بنقطة قبل السنتيمات، وبفواصل بين كل ثلاثة أرقام فقط: 1650 أو 1,650 أو 1650.50.
error-negative = لا يمكن أن يكون العدد سالبًا.
error-too-large = العدد كبير جدًا.
error-out-of-range = العدد خارج الحدود المقبولة (من 1 إلى 10 بالغين، ومن 0 إلى 20 معالًا).
error-unknown-field = هذا الحقل غير معروف.
error-unknown-year = سقوف هذه السنة غير متوفرة.
error-unknown-situation = هذه الحالة غير معروفة.
error-not-a-list = المطلوب قائمة.
error-disabled-exceeds-persons = لا يمكن أن يتجاوز عدد الأشخاص ذوي الإعاقة عدد أفراد الأسرة.
error-couple-ages-need-two-adults = لا يُذكر عمرا الزوجين إلا لأسرة من بالغَين اثنين.
error-age-out-of-range = أدخل عمرًا بين 16 و120 سنة.
error-n1-without-n2 = اذكر أيضًا الدخل الضريبي المرجعي للسنة N-2.
error-twelve-months-without-n2 = اذكر أيضًا الدخل الضريبي المرجعي للسنة N-2: لا تُعتمد الأشهر الاثنا عشر الأخيرة إلا إذا كانت أقل بنسبة 10 ٪ على الأقل.

import-summary = { $rows } سطر مقروء: { $inserted } مضاف، { $updated } معدّل، { $unchanged } دون تغيير.
import-dry-run = تحقق فقط (--dry-run): لم يُكتب شيء.
import-failed = رُفض الاستيراد: { $count } خطأ. لم يتغير شيء. صحّح الملف واستورده من جديد.
import-error-line = السطر { $line }، العمود «{ $column }»: { $message } القيمة: «{ $value }».
import-error-line-only = السطر { $line }: { $message }
import-progress = { $done } / { $total } سطر
import-error-empty = الملف فارغ.
import-error-not-text = هذا ليس ملفًا نصيًا (ملف ثنائي أو UTF-16). احفظه بصيغة CSV بترميز UTF-8 أو Windows-1252.
import-error-unclosed-quote = حقل بين علامتي تنصيص غير مغلق.
import-error-column-count = عدد الأعمدة لا يطابق سطر العناوين (سطر مبتور؟).
import-error-missing-column = هذا العمود الإلزامي غير موجود في سطر العناوين.
import-error-required = قيمة إلزامية ناقصة.
import-error-not-a-count = المطلوب عدد صحيح.
import-error-negative = لا يمكن أن يكون العدد سالبًا.
import-error-not-a-flag = المطلوب: 1 أو 0 (نعم أو لا).
import-error-not-one-of = قيمة غير معروفة.
import-error-bad-date = المطلوب تاريخ بصيغة YYYY-MM-DD.
import-error-bad-month = المطلوب شهر بصيغة YYYY-MM.
import-error-bad-decimal = المطلوب عدد عشري (مثلًا 5,62).
import-error-unknown-commune = رمز INSEE غير معروف: ليست بلدية من متروبول ليل الأوروبية.
import-error-unknown-quartier = حي غير معروف: استورد الأحياء أولًا.
import-error-unknown-landlord = مؤجر غير معروف.
import-error-unknown-residence = إقامة غير معروفة: استورد الإقامات أولًا.
import-error-vacant-above-units = عدد المساكن الشاغرة أكبر من عدد المساكن.
import-error-duplicate-key = هذا السطر يكرر سطرًا سابقًا (المفتاح نفسه)؛ تشير القيمة إلى السطر الأول.
import-error-bad-iris = المطلوب رمز IRIS: تسعة محارف تبدأ برمز INSEE لبلدية من المتروبول.
import-error-unmapped-iris = هذا الـ IRIS غير مرتبط بأي حي: استورد أولًا جدول IRIS ← حي (quartier-iris).
import-error-unknown-financing = رمز تمويل (FINAN) غير معروف.
import-error-not-positive = المطلوب عدد أكبر من صفر.

nav-communes = العرض ومدة الانتظار حسب البلدية
home-communes-title = العرض ومدة الانتظار حسب البلدية
home-communes-text = كم مسكنًا اجتماعيًا، وكم طلبًا، وكم تخصيصًا، وكم ينتظر الناس، بلدية ببلدية وحسب حجم المسكن.
home-booking-title = حجز موعد لمقابلتي
home-booking-text = خلال الشهرين التاليين لتسجيل طلبك، يحق لك الحصول على مقابلة في مكان استقبال معتمد. اختر المكان واليوم والساعة؛ يمكنك تغيير الموعد أو إلغاؤه.
home-sites-title = أماكن الاستقبال والإعلام
home-sites-text = عناوين أماكن الاستقبال في المتروبول وأوقات عملها واللغات المتحدث بها فيها وسهولة الوصول إليها.
home-bilan-title = حصيلة التخصيصات
home-bilan-text = كم مسكنًا خُصِّص، ولأي أسر، حسب النصف السنوي والمنطقة، مقارنةً بأهداف CIET 2016–2022.
communes-title = العرض ومدة الانتظار حسب البلدية
communes-intro = لكل بلدية في المتروبول: المساكن الاجتماعية، والطلبات قيد الانتظار، والتخصيصات خلال الاثني عشر شهرًا حتى { $month }، وعدد الطلبات لكل تخصيص، ومدة الانتظار الوسيطة.
communes-filter-legend = تصفية البلديات
communes-q = اسم البلدية
communes-fragility = هشاشة البلدية
communes-fragility-any = الكل
communes-typology = حجم المسكن المطلوب
communes-typology-any = كل الأحجام
communes-filter-submit = عرض
communes-download = تنزيل هذا الجدول:
communes-download-csv = CSV (جدول بيانات)
communes-download-json = JSON
communes-caption = عدد البلديات: { $count } — { $typology }
communes-col-name = البلدية
communes-col-fragility = الهشاشة
communes-col-units = المساكن الاجتماعية
communes-col-pending = الطلبات قيد الانتظار
communes-col-attributions = التخصيصات خلال 12 شهرًا
communes-col-pressure = عدد الطلبات لكل تخصيص
communes-col-wait = مدة الانتظار الوسيطة (بالأشهر)
communes-none = لا توجد بلدية تطابق هذه المعايير.
communes-explain = «عدد الطلبات لكل تخصيص»: الطلبات قيد الانتظار مقسومة على تخصيصات الاثني عشر شهرًا الأخيرة. كلما ارتفع هذا العدد طال الانتظار. المدة الوسيطة هي مدة الطلبات المُلبّاة: نصفها انتظر أقل، والنصف الآخر أكثر.
fragility-fragile = هشة
fragility-moyenne = هشاشة متوسطة
fragility-sans = غير هشة
fragility-unknown = غير محددة
typology-all = كل الأحجام
typology-t1 = T1
typology-t2 = T2
typology-t3 = T3
typology-t4 = T4
typology-t5plus = T5 فأكثر
data-sources = مصادر الأرقام
data-source-item = { $source } (بيانات بتاريخ { $as_of })
data-demo-notice = بيانات تجريبية: هذه الأرقام مولّدة لتجربة البوابة ولا تصف الواقع.
data-demo-sites = بيانات تجريبية: أماكن الاستقبال هذه وأوقاتها وأرقامها ومواعيدها مُختلَقة لتجربة البوابة. لا تعتمد عليها للاتصال أو التنقل.
data-demo-booking = تجربة: هذه الأماكن والمواعيد مُختلَقة لتجربة البوابة. الموعد المحجوز هنا ليس موعدًا حقيقيًا.
common-yes = نعم
common-no = لا
commune-population = عدد السكان
commune-qpv-share = نسبة المساكن الاجتماعية في الأحياء ذات الأولوية (QPV)
commune-demand-title = الطلبات والتخصيصات (حتى { $month })
commune-demand-caption = الطلبات قيد الانتظار، وتخصيصات الاثني عشر شهرًا الأخيرة، ومدة الانتظار، حسب حجم المسكن
commune-col-typology = الحجم
commune-col-pending-fa = الطلبات (أول سكن)
commune-col-pending-mut = طلبات الانتقال
commune-col-wait-median = المدة الوسيطة (بالأشهر)
commune-col-wait-p75 = 3 طلبات من 4 لُبّيت خلال (بالأشهر)
commune-stock-title = الحظيرة الاجتماعية
commune-stock-typology = المساكن الاجتماعية حسب الحجم
commune-stock-financing = المساكن الاجتماعية حسب التمويل
commune-stock-landlord = المساكن الاجتماعية حسب المؤجر
commune-col-financing = التمويل
commune-col-landlord = المؤجر
commune-col-units = المساكن
commune-col-vacant = شاغرة
commune-col-let = مؤجرة خلال السنة
commune-financing-other = أخرى (تمويلات قديمة)
commune-landlords-title = المؤجرون الموجودون في البلدية
commune-quartiers-title = الأحياء
commune-quartiers-caption = أحياء البلدية، الهشاشة، الحي ذو الأولوية (QPV) وموقع التجديد الحضري (NPRU)
commune-col-quartier = الحي
commune-col-qpv = QPV
commune-col-npru = موقع NPRU
quartier-objectives-title = من تستهدف التخصيصات هنا؟
quartier-objectives-intro = وفق أهداف الاتفاقية بين البلديات لهذا النوع من الأحياء، ينبغي أن تُفضِّل التخصيصات الأسر ذات:
quartier-objectives-intro-ended = لهذا النوع من الأحياء، كانت CIET (2016–2022) تطلب تفضيل الأسر ذات:
quartier-objectives-today = لم تعد هذه الأهداف سارية. أهداف اليوم تحددها اتفاقية التخصيص بين البلديات (CIA) للمتروبول، الذي ينشرها؛ ولم تُدخَل بعد في هذه البوابة.
quartier-objectives-unknown = هشاشة هذا الحي غير محددة: لا هدف لعرضه.
quartier-objectives-source = المصدر: { $source }. يمكن لكل الأسر الحصول على مسكن في أي مكان.
quartier-demand-commune = الطلبات غير معروفة حسب الحي: الأرقام أدناه هي أرقام البلدية ({ $commune }).
chart-waits-title = مدة الانتظار حسب حجم المسكن (بالأشهر)
chart-waits-desc = لكل حجم مسكن عمودان: المدة الوسيطة للطلبات المُلبّاة، ثم المدة التي لُبّي خلالها 3 طلبات من 4. الأرقام موجودة أيضًا في الجدول التالي.
chart-stock-typology-title = المساكن الاجتماعية وإعادات الإيجار خلال السنة حسب حجم المسكن
chart-stock-typology-desc = لكل حجم مسكن عمودان: عدد المساكن الاجتماعية، ثم عدد المساكن المعاد تأجيرها خلال السنة. الأرقام موجودة أيضًا في الجدول التالي.
chart-stock-financing-title = المساكن الاجتماعية وإعادات الإيجار خلال السنة حسب التمويل
chart-stock-financing-desc = لكل تمويل (PLAI، PLUS، PLS، أخرى) عمودان: عدد المساكن الاجتماعية، ثم عدد المساكن المعاد تأجيرها خلال السنة. الأرقام موجودة أيضًا في الجدول التالي.

## أخطاء فضاء المهنيين
error-unauthenticated = سجّل الدخول لعرض هذه الصفحة.
error-not-permitted = لا يملك حسابك صلاحية الوصول إلى هذا المورد.
error-csrf-rejected = انتهت صلاحية هذا النموذج أو أنه لا يأتي من هذا الموقع. أعد تحميل الصفحة وحاول مجددًا.
error-too-many-attempts = محاولات كثيرة جدًا. حاول لاحقًا.
error-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-invalid-code = هذا الرمز غير صالح. اكتب الرمز المكوّن من 6 أرقام الذي يعرضه تطبيقك.
error-link-invalid = لم يعد هذا الرابط صالحًا: سبق استعماله أو انتهت مدته. اطلب رابطًا جديدًا من المسؤول.
error-password-too-short = يجب أن تتكوّن كلمة المرور من 12 حرفًا على الأقل.
error-password-too-long = لا يمكن أن تتجاوز كلمة المرور 128 حرفًا.
error-password-too-guessable = كلمة المرور هذه سهلة التخمين. جملة قصيرة من عدة كلمات أكثر أمانًا وأسهل تذكرًا.
error-passwords-differ = كلمتا المرور غير متطابقتين.
error-invalid-email = اكتب عنوان بريد إلكتروني صالحًا، مثل prenom.nom@ville.fr.
error-email-taken = يوجد حساب بهذا العنوان بالفعل.
error-unknown-role = اختر دورًا من القائمة.
error-scope-required = يتطلب هذا الدور بلدية أو مكان استقبال أو مؤجرًا واحدًا على الأقل.
error-unknown-scope = أحد الرموز غير موجود (رمز INSEE للبلدية أو رقم المكان أو رمز المؤجر).
error-unknown-kind = اختر نوع ملف من القائمة.
error-file-required = اختر ملف CSV.
error-invalid-date = اكتب التاريخ بصيغة YYYY-MM-DD.

## عناصر مشتركة في النماذج
common-error-title = تعذّر تنفيذ الإجراء
common-errors-title = يحتوي النموذج على أخطاء
common-error-item = { $label }: { $message }

## فضاء المهنيين
staff-nav-label = فضاء المهنيين
staff-nav-home = الصفحة الرئيسية للفضاء
staff-nav-users = الحسابات
staff-nav-audit = سجل التدقيق
staff-nav-imports = استيراد البيانات
staff-signed-in-as = متصل: { $name }
staff-logout = تسجيل الخروج
staff-logout-everywhere = تسجيل الخروج من جميع الأجهزة
staff-field = حقل
staff-email = البريد الإلكتروني
staff-password = كلمة المرور
staff-password-again = تأكيد كلمة المرور
staff-name = الاسم
staff-role = الدور
staff-scope = النطاق
staff-scope-hint = رموز INSEE للبلديات أو أرقام أماكن الاستقبال أو رموز المؤجرين، مفصولة بفواصل. غير ضروري للمسؤول.
staff-status = الحالة
staff-totp = المصادقة الثنائية
staff-sessions = الجلسات المفتوحة
staff-actions = إجراءات
staff-code = رمز من 6 أرقام
staff-role-admin = مسؤول في MEL
staff-role-commune = موظف بلدية
staff-role-agent = موظف استقبال
staff-role-landlord = مؤجر
staff-login-title = تسجيل الدخول إلى فضاء المهنيين
staff-login-intro = مخصص لموظفي MEL والبلديات وأماكن الاستقبال والمؤجرين.
staff-login-submit = تسجيل الدخول
staff-login-help = لا تملك كلمة مرور بعد أو نسيتها؟ اطلب رابطًا من مسؤول MEL.
staff-locked = محاولات دخول كثيرة جدًا. حاول مجددًا بعد { $minutes } دقيقة.
staff-notice-password-set = تم حفظ كلمة المرور. يمكنك تسجيل الدخول.
staff-notice-logged-out = تم تسجيل خروجك.
staff-notice-totp = المصادقة الثنائية مفعّلة.
staff-notice-created = تم إنشاء الحساب. أُرسل رابط اختيار كلمة المرور بالبريد الإلكتروني.
staff-notice-link = أُرسل رابط جديد بالبريد الإلكتروني.
staff-notice-disabled = تم تعطيل الحساب وإغلاق جلساته.
staff-notice-enabled = أُعيد تفعيل الحساب.
staff-code-title = رمز التحقق
staff-code-intro = اكتب الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة.
staff-code-submit = تحقق
staff-totp-title = تفعيل المصادقة الثنائية
staff-totp-required = يجب على حسابات الإدارة استعمال المصادقة الثنائية: فعّلها للمتابعة.
staff-totp-step1 = ثبّت تطبيق مصادقة على هاتفك (مثل FreeOTP أو Aegis أو تطبيق مؤسستك).
staff-totp-step2 = أضف حسابًا في التطبيق بكتابة هذا المفتاح:
staff-totp-step3 = اكتب أدناه الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق.
staff-totp-open-app = فتح في تطبيق المصادقة على هذا الجهاز
staff-totp-submit = تفعيل
staff-totp-current-code = الرمز الحالي (المفتاح القديم)
staff-totp-current-hint = لاستبدال المصادقة الثنائية، اكتب أولًا الرمز الذي يعرضه تطبيقك للمفتاح الذي تستعمله اليوم.
staff-totp-on = المصادقة الثنائية مفعّلة في حسابك.
staff-totp-off = المصادقة الثنائية غير مفعّلة في حسابك.
staff-totp-enrol = تفعيل المصادقة الثنائية
staff-password-title = اختر كلمة المرور
staff-password-intro = مرحبًا { $name }، اختر كلمة مرور حسابك.
staff-password-hint = 12 حرفًا على الأقل. جملة قصيرة من عدة كلمات فكرة جيدة.
staff-password-submit = حفظ كلمة المرور
staff-home-title = فضاء المهنيين
staff-home-intro = مرحبًا { $name }. دورك: { $role }.
staff-home-scope = نطاقك
staff-home-tools = أدواتك
staff-home-account = حسابك
staff-home-next-agent = بعد كل موعد، سجّل حضور الشخص أو غيابه من قائمة اليوم.
staff-tool-users = إنشاء الحسابات وتعطيلها وإرسال روابط كلمات المرور.
staff-tool-audit = من فعل ماذا ومتى.
staff-tool-imports = تحميل ملفات الإقليم والحظيرة والطلب.
staff-users-title = الحسابات
staff-users-caption = حسابات فضاء المهنيين
staff-users-new = إنشاء حساب
staff-users-create = إنشاء الحساب وإرسال الرابط
staff-status-active = نشط
staff-status-pending = في انتظار كلمة المرور
staff-status-disabled = معطّل
staff-user-disable = تعطيل
staff-user-enable = إعادة التفعيل
staff-user-send-link = إرسال رابط
staff-audit-title = سجل التدقيق
staff-audit-caption = الأحداث، من الأحدث إلى الأقدم
staff-audit-at = التاريخ والوقت (باريس)
staff-audit-actor = المنفّذ
staff-audit-action = الإجراء
staff-audit-target = الموضوع
staff-audit-ip = عنوان IP
staff-audit-detail = التفاصيل
staff-audit-any = الكل
staff-audit-from = من
staff-audit-to = إلى
staff-audit-filter = تصفية
staff-audit-count = { $count ->
    [one] حدث واحد
   *[other] { $count } حدثًا
}
staff-imports-title = استيراد البيانات
staff-imports-intro = يُفحص كل ملف كاملًا قبل الحفظ: إن احتوى على خطأ لا يتغير شيء. الصيغ موصوفة في التوثيق.
staff-import-kind = نوع الملف
staff-import-file = ملف CSV
staff-import-source = المصدر
staff-import-source-hint = اسم الملف افتراضيًا.
staff-import-as-of = تاريخ البيانات
staff-import-dry-run = التحقق فقط دون حفظ أي شيء
staff-import-submit = استيراد
staff-import-done = انتهى الاستيراد
staff-import-failed = رُفض الملف: لم يتغير شيء
staff-import-kind-quartiers = الأحياء
staff-import-kind-quartier-fragility = هشاشة الأحياء
staff-import-kind-commune-fragility = هشاشة البلديات
staff-import-kind-quartier-iris = الأحياء ووحدات IRIS
staff-import-kind-residences = المجمّعات السكنية
staff-import-kind-stock = حظيرة السكن الاجتماعي
staff-import-kind-rpls = ملف RPLS (المساكن)
staff-import-kind-demand = الطلب والإسنادات
staff-import-kind-attributions = سجل التخصيصات
staff-commune-dashboard = لوحة البلدية
staff-commune-title = لوحة: { $name }
staff-commune-intro = السلسلة الشهرية للطلب والإسنادات، جميع الأنماط.
staff-commune-public = عرض الصفحة العامة للبلدية
staff-commune-months = الطلب والإسنادات حسب الشهر
staff-month = الشهر
staff-pending-first-access = طلبات قيد الانتظار (أول ولوج)
staff-pending-mutation = طلبات قيد الانتظار (انتقال)
staff-attributions-month = تخصيصات الشهر

## رسائل البريد
mail-password-subject = Équilibre: اختر كلمة المرور
mail-password-body =
    مرحبًا { $name }،

    فُتح لك حساب في فضاء المهنيين Équilibre أو طُلبت لك كلمة مرور جديدة.
    لاختيار كلمة المرور، افتح هذا الرابط (صالح { $hours } ساعة، مرة واحدة):

    { $link }

    إن لم تكن تنتظر هذه الرسالة فتجاهلها: لا يتغير شيء دون هذا الرابط.

    — Métropole Européenne de Lille، مخطط إدارة طلب السكن الاجتماعي

## أخطاء المواعيد
error-slot-full = حُجز هذا الموعد للتو. اختر موعدًا آخر من المواعيد المتاحة التالية.
error-nur-already-booked = لرقم الطلب هذا موعد بالفعل بهذا العنوان، أو بلغ عدد المواعيد المسموح به. لتغيير موعدك أو إلغائه استعمل الرابط الوارد في بريدك الإلكتروني؛ وإلا فاتصل بموقع الاستقبال.
error-help-full = مواعيد المساعدة على التسجيل في هذا اليوم كلها محجوزة في هذا الموقع. اختر يومًا آخر أو موقعًا آخر.
error-cutoff-passed = لم يعد بالإمكان تعديل هذا الموعد عبر الإنترنت (أقل من 24 ساعة قبله). اتصل بمكان الاستقبال.
error-rate-limited = طلبات كثيرة في وقت قصير. انتظر دقيقة ثم حاول مجددًا.
error-invalid-nur = يتكوّن رقم الطلب من 18 حرفًا، مثل 0591126123456GDPUB: 3 أرقام للمقاطعة، وشهر وسنة الإيداع، و6 أرقام، ثم 5 حروف أو أرقام.
error-registration-in-future = لا يمكن أن يكون تاريخ التسجيل في المستقبل.
error-registration-before-nur = هذا التاريخ سابق للشهر والسنة المكتوبين في رقم طلبك (الخانات من 4 إلى 7: الشهر ثم السنة). تحقّق منه في شهادة التسجيل.
error-slot-unavailable = هذا الموعد غير متاح (قريب جدًا أو فات أو غير موجود). اختر موعدًا من القائمة.
error-not-bookable = هذا المكان نقطة معلومات: لا يستقبل بموعد. اختر مكانًا معتمدًا.
error-invalid-phone = اكتب رقم هاتف، مثل 03 20 12 34 56.
error-consent-required = ضع علامة في الخانة لقبول استعمال بياناتك لهذا الموعد.
error-unknown-motive = اختر سبب الموعد.

## التواريخ
common-weekday-1 = الاثنين
common-weekday-2 = الثلاثاء
common-weekday-3 = الأربعاء
common-weekday-4 = الخميس
common-weekday-5 = الجمعة
common-weekday-6 = السبت
common-weekday-7 = الأحد
common-month-1 = يناير
common-month-2 = فبراير
common-month-3 = مارس
common-month-4 = أبريل
common-month-5 = مايو
common-month-6 = يونيو
common-month-7 = يوليو
common-month-8 = أغسطس
common-month-9 = سبتمبر
common-month-10 = أكتوبر
common-month-11 = نوفمبر
common-month-12 = ديسمبر
common-long-date = { $weekday } { $day } { $month } { $year }
common-month-year = { $month } { $year }

## المواعيد: الأسباب والرسائل
booking-motive-interview = مقابلة بشأن طلب السكن الخاص بك
booking-motive-registration-help = مساعدة على إيداع طلب سكن
mail-booking-ics-summary = موعد السكن — { $site }
mail-booking-ics-description = مقابلة في مكان الاستقبال. أحضر وثيقة هوية ورقم طلبك إن وُجد.
mail-booking-demo = تجربة: مكان الاستقبال هذا وهذا الموعد مُختلَقان لتجربة البوابة. لا تذهب إليه.
mail-booking-demo-tag = تجربة
mail-booking-confirmed-subject = تأكيد الموعد يوم { $date } الساعة { $time }
mail-booking-confirmed-body =
    مرحبًا،

    الاسم المقدَّم عند الحجز: { $name }

    تم تأكيد موعدك: { $motive }.
    يوم { $date } الساعة { $time }
    { $site }
    { $address }

    أحضر وثيقة هوية ورقم طلبك إن وُجد.
    الملف المرفق يضيف الموعد إلى تقويمك.

    لتغيير هذا الموعد أو إلغائه (حتى { $hours } ساعة قبله)، افتح هذا الرابط الشخصي:
    { $link }
    لا تشاركه: فهو يسمح بإدارة موعدك.
    قبل أقل من { $hours } ساعة، اتصل بمكان الاستقبال: { $phone }.

    — Métropole Européenne de Lille، استقبال طالبي السكن الاجتماعي
mail-booking-moved-subject = نُقل الموعد إلى { $date } الساعة { $time }
mail-booking-moved-body =
    مرحبًا،

    الاسم المقدَّم عند الحجز: { $name }

    نُقل موعدك. الموعد الجديد: { $date } الساعة { $time }
    { $site }
    { $address }
    { $reason }

    الملف المرفق يحدّث تقويمك. الرابط الذي وصلك عند الحجز ما زال صالحًا.
    للاستفسار: { $phone }.

    — Métropole Européenne de Lille، استقبال طالبي السكن الاجتماعي
mail-booking-cancelled-subject = أُلغي موعد { $date }
mail-booking-cancelled-body =
    مرحبًا،

    الاسم المقدَّم عند الحجز: { $name }

    أُلغي موعدك يوم { $date } الساعة { $time } ({ $site }).
    { $reason }

    يمكنك حجز موعد آخر على البوابة في أي وقت.
    للاستفسار: { $phone }.

    — Métropole Européenne de Lille، استقبال طالبي السكن الاجتماعي
mail-booking-reminder-subject = تذكير: موعد يوم { $date } الساعة { $time }
mail-booking-reminder-body =
    مرحبًا،

    الاسم المقدَّم عند الحجز: { $name }

    نذكّرك بموعدك: { $motive }.
    يوم { $date } الساعة { $time }
    { $site }
    { $address }

    إن لم تستطع الحضور فأخبر مكان الاستقبال: { $phone }.

    — Métropole Européenne de Lille، استقبال طالبي السكن الاجتماعي

## أماكن الاستقبال
sites-title = أماكن استقبال طالبي السكن
sites-intro = تستقبلك الأماكن المعتمدة بموعد للحديث عن طلب السكن الاجتماعي الخاص بك؛ وتجيب نقاط المعلومات عن أسئلتك دون موعد.
sites-commune = البلدية
sites-language = اللغة المتحدث بها
sites-any-commune = جميع البلديات
sites-any-language = جميع اللغات
sites-step-free-only = مدخل بلا درج فقط
sites-filter = عرض
sites-count = { $count ->
    [one] مكان واحد
   *[other] { $count } مكانًا
}
sites-languages = اللغات المتحدث بها
sites-access = الولوج
sites-step-free = بلا درج (كرسي متحرك)
sites-not-step-free = درج عند المدخل
sites-phone = الهاتف
sites-hours = أوقات المواعيد
sites-hours-range = من { $start } إلى { $end }
sites-relais-note = نقطة معلومات: معلومات خلال ساعات فتح الاستقبال، دون موعد.
sites-book-here = احجز موعدًا هنا
sites-tier-labellise = مكان معتمد
sites-tier-relais = نقطة معلومات
sites-kind-commune = البلدية
sites-kind-ccas = المركز البلدي للعمل الاجتماعي
sites-kind-landlord = وكالة مؤجر
sites-kind-action-logement = Action Logement
sites-kind-mel = Métropole Européenne de Lille
sites-lang-fr = الفرنسية
sites-lang-en = الإنجليزية
sites-lang-ar = العربية
sites-lang-es = الإسبانية
sites-lang-pt = البرتغالية
sites-lang-tr = التركية
sites-lang-ro = الرومانية
sites-lang-nl = الهولندية

## حجز موعد
booking-title = حجز موعد
booking-intro = بعد تسجيل طلب السكن الاجتماعي، يمكن استقبالك في مكان معتمد خلال شهرين. ليس لديك طلب بعد؟ احجز موعدًا للمساعدة على إيداعه.
booking-see-sites = عرض جميع أماكن الاستقبال وأوقاتها
booking-field = حقل
booking-motive = سبب الموعد
booking-motive-choice-interview = لدي رقم طلب: مقابلة بشأن طلبي
booking-motive-choice-help = ليس لدي طلب بعد: مساعدة على إيداعه
booking-nur = رقم الطلب (الرقم الموحد)
booking-nur-hint = 18 حرفًا، في شهادة التسجيل، مثل 0591126123456GDPUB. غير ضروري إن لم يكن لديك طلب بعد.
booking-registration-date = تاريخ تسجيل الطلب
booking-registration-date-hint = في شهادة التسجيل. غير ضروري إن لم يكن لديك طلب بعد.
booking-today = اليوم: { $date }.
booking-commune = البلدية التي تريد أن تُستقبل فيها
booking-site = أو مكان محدد
booking-any-site = أي مكان
booking-see-slots = عرض المواعيد المتاحة
booking-where = المكان
booking-slots-title = اختيار موعد
booking-deadline = يمكن استقبالك حتى { $date } ضمنًا (شهران بعد تسجيل طلبك).
booking-deadline-passed = انتهت مدة الشهرين بعد تسجيل طلبك في { $date }. ما زال بإمكانك أن تُستقبل: هذه أولى المواعيد المتاحة، وقد أُبلغت المصلحة بوضعك.
booking-nur-mismatch = الشهر والسنة في رقم طلبك لا يطابقان تاريخ التسجيل الذي ذكرته. يحدث ذلك مع الطلبات الورقية؛ تحقق من التاريخ في شهادتك.
booking-no-slots = لا يوجد موعد متاح هنا حاليًا. اختر بلدية أو مكانًا آخر، أو اتصل بمكان استقبال.
booking-none-before-deadline = لا يوجد موعد متاح قبل نهاية مدة الشهرين. هذه أولى المواعيد المتاحة بعدها؛ وقد أُبلغت المصلحة بوضعك لتقترح عليك حلًا.
booking-slots-before = مواعيد متاحة قبل نهاية مدتك
booking-slots-next = المواعيد المتاحة القادمة
booking-slots-later = أولى المواعيد المتاحة بعد مدتك
booking-slot = الموعد
booking-slot-label = { $date } الساعة { $time }
booking-contact = بيانات الاتصال بك
booking-name = الاسم الكامل
booking-email = البريد الإلكتروني
booking-email-hint = يُرسل إليه التأكيد ورابط التغيير أو الإلغاء، بلغة هذه الصفحة.
booking-phone = الهاتف (اختياري)
booking-honeypot = لا تملأ هذا الحقل
booking-consent = أوافق على استعمال هذه المعلومات لتنظيم هذا الموعد. تُحفظ سنة بعد الموعد ثم تُحذف.
booking-privacy-link = كيف نحمي بياناتك
booking-confirm = تأكيد الموعد
booking-manage-title = موعدك
booking-done-booked = تم حجز موعدك. أُرسل إليك بريد تأكيد يتضمن هذا الرابط: احتفظ به للتغيير أو الإلغاء.
booking-done-moved = تم نقل موعدك. أُرسل إليك بريد تأكيد.
booking-done-cancelled = تم إلغاء موعدك. أُرسل إليك بريد إلكتروني.
booking-status = الحالة
booking-status-confirmed = مؤكد
booking-status-cancelled = ملغى
booking-status-attended = تم الحضور
booking-status-no-show = غياب
booking-when-label = التاريخ والوقت
booking-when = { $date }، من { $start } إلى { $end }
booking-where-label = المكان
booking-within-deadline = هذا الموعد ضمن مدة الشهرين (حتى { $date }).
booking-after-deadline = هذا الموعد بعد نهاية مدة الشهرين ({ $date }): المصلحة على علم بذلك.
booking-bring = أحضر وثيقة هوية ورقم طلبك إن وُجد.
booking-move-title = نقل الموعد
booking-move-submit = النقل إلى هذا الموعد
booking-cancel-title = إلغاء الموعد
booking-cancel-reason = السبب (اختياري)
booking-cancel-submit = إلغاء الموعد
booking-cutoff = لم يعد بالإمكان تعديل هذا الموعد عبر الإنترنت قبل أقل من { $hours } ساعة. لنقله أو إلغائه اتصل بمكان الاستقبال: { $phone }.
booking-book-again = حجز موعد جديد
nav-booking = المواعيد

## موظفو الاستقبال
error-range-overlap = هذه الفترة تتداخل مع فترة أخرى في اليوم نفسه.
staff-nav-sites = الأماكن والمواعيد
staff-nav-deadline = المدد المتجاوزة
staff-tool-sites = مواعيد اليوم والأسبوع، الأوقات، الإغلاقات، الحجز لطالب.
staff-tool-deadline = طالبون استُقبلوا بعد مدة الشهرين.
agent-sites-title = أماكن الاستقبال الخاصة بك
agent-schedule = الأوقات والإغلاقات
agent-book-for = الحجز لطالب
agent-book-for-title = الحجز لطالب: { $site }
agent-back-to-bookings = العودة إلى المواعيد
agent-prev-day = اليوم السابق
agent-next-day = اليوم التالي
agent-prev-week = الأسبوع السابق
agent-next-week = الأسبوع التالي
agent-day-view = عرض اليوم
agent-week-view = عرض الأسبوع
agent-week-of = الأسبوع من { $from } إلى { $to }
agent-count = { $count ->
    [0] لا يوجد موعد مؤكد
    [one] موعد مؤكد واحد
   *[other] { $count } مواعيد مؤكدة
}
agent-bookings-caption = المواعيد
agent-col-when = الوقت
agent-col-who = الشخص
agent-col-what = السبب
agent-col-status = الحالة
agent-col-actions = إجراءات
agent-col-deadline = نهاية المدة
agent-col-site = المكان
agent-col-contact = الاتصال
agent-col-opening = الفترة
agent-col-validity = الصلاحية
agent-col-period = المدة
agent-late = (بعد المدة)
agent-identity-check = (تحقّق من الهوية: موعد آخر يحمل رقم الطلب هذا)
agent-mark-attended = حاضر
agent-mark-no-show = غائب
agent-cancel = إلغاء
agent-move = نقل
agent-reason = السبب
agent-remove = حذف
agent-done-outcome = سُجّل الحضور.
agent-done-cancelled = أُلغي الموعد؛ أُبلغ الطالب بالبريد الإلكتروني.
agent-done-moved = نُقل الموعد؛ أُبلغ الطالب بالبريد الإلكتروني.
agent-done-booked = حُجز الموعد؛ أُرسل التأكيد بالبريد الإلكتروني.
agent-done-schedule = حُفظت الأوقات.
agent-schedule-title = الأوقات والإغلاقات: { $site }
agent-holidays-closed = المكان مغلق في أيام العطل الرسمية (محسوبة تلقائيًا بما فيها عيد الفصح).
agent-holidays-open = يبقى المكان مفتوحًا في أيام العطل الرسمية.
agent-holidays-close = الإغلاق في أيام العطل الرسمية
agent-holidays-open-action = الفتح في أيام العطل الرسمية
agent-ranges-caption = فترات الفتح الأسبوعية
agent-add-range = إضافة فترة
agent-add-range-submit = إضافة الفترة
agent-weekday = اليوم
agent-start = البداية
agent-end = النهاية
agent-time-hint = بتوقيت ليل، بصيغة HH:MM، مثل 09:00.
agent-slot-minutes = مدة المقابلة (بالدقائق)
agent-capacity = عدد المقابلات في الوقت نفسه
agent-valid-from = صالح ابتداءً من
agent-valid-to = صالح حتى (اختياري)
agent-closures-caption = الإغلاقات
agent-add-closure = إضافة إغلاق
agent-add-closure-submit = إضافة الإغلاق
agent-closure-from = من
agent-closure-to = إلى (ضمنًا)
agent-affected-title = هناك مواعيد معنية
agent-affected-text = سيحذف هذا التغيير مواعيد محجوزة. انقل أو ألغِ كل موعد منها مع ذكر السبب (يُبلَّغ الطالب بالبريد)، ثم أعد التغيير.
agent-affected-caption = مواعيد يجب نقلها أو إلغاؤها
agent-move-title = نقل موعد
agent-move-intro = موعد { $name }، حاليًا يوم { $when }.
agent-move-submit = النقل وإبلاغ الطالب
agent-deadline-title = مدد الشهرين المتجاوزة
agent-deadline-intro = طالبون موعدهم بعد نهاية مدة الشهرين: اقترح عليهم موعدًا أبكر إن أمكن.
agent-deadline-caption = مواعيد بعد المدة

## حصيلة التخصيصات ومحرّك الحصص (الاتفاقية، المواد 5 و6 و8 و19)
nav-bilan = حصيلة التخصيصات
quartier-objectives-bilan = عرض حصيلة التخصيصات
elig-objectives-where = تُفضّل أهداف التخصيص شريحتك في الأحياء: { $classes }.
elig-objectives-where-ended = حتى { $to }، كانت أهداف CIET تُفضّل شريحتك في الأحياء: { $classes }. لم تعد سارية: أهداف اليوم تحددها اتفاقية التخصيص بين البلديات (CIA) للمتروبول، الذي ينشرها؛ ولم تُدخَل بعد في هذه البوابة.
elig-objectives-bilan = عرض حصيلة التخصيصات.
bilan-ruleset-since = الأهداف: { $name }، سارية منذ { $from }.
bilan-ruleset-between = الأهداف: { $name }، سارية من { $from } إلى { $to }.
bilan-ruleset-source = المصدر: { $source }.
bilan-ruleset-end-unverified = تاريخ الانتهاء هذا تقدير، لم يُتحقق منه بعد في النص الرسمي.
bilan-ruleset-standing-partly = كانت هذه الأهداف سارية خلال جزء من الفترة فقط: التخصيصات التي تمت خارج تواريخها تُقارَن بها على سبيل الإشارة فقط.
bilan-ruleset-standing-ended = انتهت هذه الأهداف قبل هذه الفترة: تُعرض للمقارنة، كتاريخ، لا كقواعد سارية. منذ 2022 تحدد أهدافَ المتروبول اتفاقيتُه للتخصيص بين البلديات (CIA)، التي ينشرها؛ ولم تُدخَل بعد في هذه البوابة.
bilan-ruleset-note-ciet-2016 = كانت CIET تُطبَّق لمدة ست سنوات (المادة 4) ثم يجب تجديدها (المادة 19): استبدلها المتروبول سنة 2022 باتفاقيته للتخصيص بين البلديات. وُضعت نهايتها هنا بعد ست سنوات من اعتمادها، في انتظار إدخال التاريخ الدقيق للنص. لا تحدد CIET هل تُحسب الأحياء متوسطة الهشاشة ضمن الأحياء الأقل هشاشة: هي محسوبة ضمنها هنا.
bilan-title = حصيلة التخصيصات
bilan-heading = حصيلة التخصيصات: { $scope }
bilan-period-s1 = النصف الأول من { $year } (من يناير إلى يونيو)
bilan-period-s2 = النصف الثاني من { $year } (من يوليو إلى ديسمبر)
bilan-period-year = سنة { $year }
bilan-period-custom = من { $from } إلى { $to }
bilan-field-period = الفترة
bilan-field-scope = النطاق الجغرافي
bilan-field-remaining = التخصيصات المتوقعة حتى نهاية الفترة (اختياري)
bilan-field-remaining-hint = إذا تُرك فارغًا، يُقدَّر العدد من الفترة نفسها في السنة السابقة.
bilan-show = عرض
bilan-suppressed = حمايةً للخصوصية، لا تُنشر الأعداد من 1 إلى 10 (شرطة)، ولا الأعداد التي تسمح باستنتاجها، في هذا الجدول أو بمقارنته بجداول البلديات والفئات والفترات الأخرى. يُنشر الصفر لأنه لا يخص أحدًا.
bilan-bands-title = التخصيصات حسب شريحة الموارد
bilan-totals = { $total } تخصيصًا، منها { $unknown } بلا موارد معروفة (تُحسب على حدة، خارج النسب).
bilan-bands-caption = التخصيصات حسب شريحة الموارد، النسبة والفارق عن المرجع
bilan-chart-title = نسبة كل شريحة من التخصيصات
bilan-chart-desc = لكل شريحة موارد، نسبتها من تخصيصات الفترة، بجانب النسبة المرجعية للتوازن.
bilan-col-band = الشريحة
bilan-col-count = العدد
bilan-col-share = النسبة
bilan-col-gap = الفارق عن المرجع (نقاط)
bilan-col-reference = المرجع
bilan-col-class = الأحياء
bilan-col-favoured = الشرائح المطلوبة
bilan-col-favoured-share = نسبة الشرائح المطلوبة
bilan-col-threshold = الهدف الأدنى
bilan-col-status = الهدف
bilan-col-remaining = التخصيصات المتوقعة
bilan-col-reachable = هل ما زال ممكن التحقيق؟
bilan-col-indicator = المؤشر
bilan-col-note = ملاحظة
bilan-col-name = الاسم
bilan-col-aci = أولوية الاتفاق الجماعي (ولوج أول)
bilan-col-npru = إعادة الإسكان (التجديد الحضري)
bilan-col-complexes = تنقلات معقدة أو متعثرة
bilan-col-droit-commun = الحالات العادية
bilan-col-rules = أهداف الأحياء المحققة
bilan-class-fragile = الأحياء الهشة
bilan-class-moyenne = الأحياء متوسطة الهشاشة
bilan-class-sans = الأحياء غير الهشة
bilan-status-met = محقق
bilan-status-not-met = غير محقق
bilan-status-none = لا ينطبق
bilan-status-hidden = غير منشور (أعداد صغيرة جدًا)
bilan-reachable = نعم
bilan-unreachable = لا: لم يعد ممكنًا في هذه الفترة
bilan-rules-title = الأهداف حسب هشاشة الأحياء
bilan-rules-intro = في الأحياء الهشة، يجب أن يذهب نصف التخصيصات على الأقل إلى الأسر ذات الموارد المتوسطة أو الأعلى؛ وفي غيرها، نصفها على الأقل إلى الأسر المتواضعة أو المتواضعة جدًا.
bilan-rules-none = لا توجد تخصيصات في أحياء معروفة الهشاشة خلال هذه الفترة.
bilan-rules-caption = أهداف التخصيص حسب هشاشة الأحياء
bilan-guidance-title = لتحقيق الأهداف قبل نهاية الفترة
bilan-guidance-projected = ما زال يُتوقع { $remaining } تخصيصًا (تقدير من الفترة نفسها في السنة السابقة). يبيّن الجدول أقل عدد منها يجب توجيهه إلى كل شريحة.
bilan-guidance-given = ما زال يُتوقع { $remaining } تخصيصًا (عدد مُدخل). يبيّن الجدول أقل عدد منها يجب توجيهه إلى كل شريحة.
bilan-guidance-closed = انتهت الفترة: لم يعد يُتوقع أي تخصيص.
bilan-guidance-caption = الحد الأدنى من التخصيصات لكل شريحة
bilan-guidance-explain = هذه حدود دنيا: يمكن أن تذهب التخصيصات الأخرى إلى أي شريحة. لا يجوز استبعاد أي أسرة بسبب مواردها.
bilan-rules-ended = مقارنة بأهداف لم تعد سارية: «محقق» أو «غير محقق» يقول فقط ما تعطيه التخصيصات قياسًا بـ CIET.
bilan-guidance-ended = لم تعد هذه الأهداف سارية: هذا الحساب يبيّن فقط ما يلزم لبلوغها، للمقارنة.
bilan-others-title = الأسر ذات الأولوية والتجديد الحضري والتنقلات
bilan-others-caption = مؤشرات أخرى للحصيلة
bilan-row-aci = الأسر ذات الأولوية في الاتفاق الجماعي، من تخصيصات الولوج الأول
bilan-row-npru = إعادة الإسكان في إطار التجديد الحضري
bilan-row-mutations = التنقلات (أسر مستأجرة أصلًا في السكن الاجتماعي)
bilan-row-complexes = تنقلات معقدة أو متعثرة
bilan-row-droit-commun = الأسر العادية
bilan-aci-note = الهدف: { $target } من { $first } تخصيصًا للولوج الأول ({ $status }).
bilan-npru-note = توقع الاتفاقية: أقل من { $forecast } من التخصيصات (معلومة، وليست هدفًا).
bilan-droit-commun-note = ليست ذات أولوية، ولا إعادة إسكان، ولا تنقلات معقدة.
bilan-download-csv = تنزيل بصيغة CSV
bilan-download-json = تنزيل بصيغة JSON
bilan-print-hint = تُطبع هذه الصفحة كما هي (قائمة الطباعة في المتصفح): تُحفظ الرسوم والجداول.
bilan-csv-ruleset = القواعد المطبقة
bilan-csv-standing = هذه القواعد خلال الفترة
bilan-standing-in-force = سارية
bilan-standing-partly = سارية خلال جزء من الفترة
bilan-standing-ended = لم تعد سارية (مقارنة تاريخية)
bilan-rules-met = { $met } من { $of }
bilan-table-communes = حسب البلدية
bilan-table-landlords = حسب المؤجر
bilan-table-quartiers = حسب الحي
bilan-table-quartierclasses = حسب هشاشة الأحياء
bilan-table-communeclasses = حسب هشاشة البلديات
bilan-dashboard-title = لوحة متابعة التخصيصات
bilan-dashboard-intro = كل سطر صادر عن المحرّك نفسه الذي يُنتج الحصيلة: اختر سطرًا لعرض حصيلته المفصلة. رؤوس الأعمدة ترتّب الجدول.
bilan-scope-metropole = متروبول ليل الأوروبية
bilan-scope-quartier = { $quartier } ({ $commune })
bilan-scope-quartiers-fragile = الأحياء الهشة
bilan-scope-quartiers-moyenne = الأحياء متوسطة الهشاشة
bilan-scope-quartiers-sans = الأحياء غير الهشة
bilan-scope-communes-fragile = البلديات الهشة
bilan-scope-communes-moyenne = البلديات متوسطة الهشاشة
bilan-scope-communes-sans = البلديات غير الهشة
error-invalid-period = فترة غير معروفة: استعمل مثلًا 2026-S1 أو 2026 أو 2026-01-01..2026-03-31.
error-invalid-bilan-scope = نطاق غير معروف: metropole أو commune:رمز INSEE أو quartier:معرّف أو landlord:معرّف أو quartier_fragility:فئة أو commune_fragility:فئة.
error-no-ruleset = لا توجد مجموعة أهداف تغطي هذه الفترة.
error-not-public = هذه الحصيلة مخصصة للموظفين المسجَّلين فقط: يرى الجمهور الفصول والسنوات المنتهية، دون توقعات ولا نطاقات تواريخ.
error-invalid-name = اكتب الاسم في سطر واحد، بالحروف (يُسمح بالمسافات والفواصل العليا والشرطات ونقاط الأحرف الأولى)، دون أرقام أو عناوين مواقع.
import-error-unknown-code = رمز غير معروف في القائمة.
import-error-quartier-not-in-commune = هذا الحي لا يقع في هذه البلدية.
import-error-situations-without-aci = لا تصح حالات الأولوية إلا لأسرة ذات أولوية.
import-error-status-without-mutation = وضع التنقل لا يخص إلا التنقلات.
import-error-out-of-scope = خارج نطاق صلاحياتك.
import-error-too-long = القيمة طويلة جدًا (200 حرف على الأكثر).
staff-nav-dashboard = لوحة المتابعة
staff-nav-bilan = الحصيلة
staff-nav-register = سجل التخصيصات
register-title = سجل التخصيصات
register-saved = تم تسجيل التخصيص { $reference }.
register-new = إدخال تخصيص
register-intro = آخر 100 تخصيص في نطاقك. لا تظهر حالات الأولوية إلا للمهنيين في هذا النطاق. لملف كامل، استعمل الاستيراد (نوع «attributions»).
register-caption = آخر التخصيصات
register-col-reference = المرجع
register-col-date = تاريخ القرار (لجنة التخصيص)
register-col-commune = البلدية
register-col-quartier = الحي
register-col-landlord = المؤجر
register-col-band = شريحة الموارد
register-col-kind = النوع
register-col-situations = حالات الأولوية
register-col-npru = موقع التجديد الحضري (إعادة إسكان)
register-col-status = تنقل معقد أو متعثر
register-kind-first-access = ولوج أول
register-kind-mutation = تنقل
register-status-complexe = معقد
register-status-bloquee = متعثر
register-field-residence = المجمّع السكني (معرّف)
register-field-typology = حجم المسكن
register-field-financing = التمويل
register-field-adults = البالغون
register-field-dependants = الأشخاص المُعالون
register-field-disabled = أشخاص في وضعية إعاقة (بطاقة عجز)
register-field-jeune-menage = أسرة شابة (jeune ménage)
register-jeune-menage-hint = زوجان بلا أشخاص مُعالين لا يتجاوز مجموع عمريهما 55 سنة: فئتهما هي 3.
register-field-resources = الموارد الشهرية المصرّح بها (€)
register-field-aci = أسرة ذات أولوية في الاتفاق الجماعي
register-field-contingent = صاحب حق الحجز
register-field-other = حقل
register-none = (غير محدد)
register-new-title = إدخال تخصيص
register-new-intro = تنطبق المراجعات نفسها المطبقة على ملف مستورد. إذا لم تُحدَّد الشريحة، تُحسب من الأسرة والموارد بسقوف سنة القرار.
register-legend-decision = القرار
register-legend-household = الأسرة
register-legend-kind = نوع التخصيص
register-legend-aci = الأولوية
register-date-hint = بصيغة YYYY-MM-DD.
register-quartier-hint = معرّف الحي، مثلًا 59350-001 (اختياري).
register-resources-hint = مثلًا 1250.50.
register-band-hint = اتركه فارغًا لحسابه من الأسرة والموارد.
register-situations-hint = اختر رموز الحالات فقط: لا يُحفظ أي نص حر.
register-save = تسجيل التخصيص
register-contingent-prefectoral = المحافظة
register-contingent-mel-commune = المتروبول أو البلدية
register-contingent-action-logement = Action Logement
register-contingent-bailleur = المؤجر
register-error-exists = هذا المرجع مسجل من قبل لهذا المؤجر.
register-situation-non-decent = مسكن غير لائق
register-situation-insalubre = مسكن غير صحي أو آيل للسقوط
register-situation-suroccupation-extreme = اكتظاظ شديد
register-situation-sans-logement = بلا مسكن
register-situation-perte-logement = فقدان المسكن (طرد، إنهاء إيجار، استرجاع)
register-situation-sortie-hebergement = خروج من إيواء
register-situation-sortie-foyer = خروج من مأوى أو إقامة اجتماعية
register-situation-handicap = وجود فرد من الأسرة في وضعية إعاقة
register-situation-cohabitation-risque = سكن مشترك محفوف بالمخاطر، عنف
register-situation-jeune-precaire = شاب في وضعية هشة
register-situation-age-modeste-mal-loge = مسنّ ذو دخل متواضع في سكن غير لائق
register-situation-precarite-insertion = هشاشة، مسار إدماج
register-situation-situation-particuliere = وضعية خاصة قيد الدراسة
