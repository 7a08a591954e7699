// The demo's language switcher sets <html lang> (and dir), as a site's own
// switcher or a translation plugin would; the widgets follow it without a
// reload. The page's own text is the clinic's, so it is translated here.
const PAGE_TEXT = {
  en: {
    title: 'Ketamine treatment for anxiety: what to know',
    intro:
      'Some clinics, including ours, offer ketamine for anxiety disorders and PTSD. This use is off-label: ketamine is not FDA-approved for these conditions. Below is what the research shows, good and bad, and what treatment involves. Talk with your own doctor before deciding.',
    mechanism: 'How it may work',
    journey: 'What to expect',
    safety: 'Safety and side effects',
    research: 'What the research says',
    researchIntro:
      'These are the main studies of ketamine for anxiety and PTSD. Some found a benefit; the largest PTSD trial did not. Each card rates how much one study can tell us.',
    sidebar: 'Faster-acting, but small studies',
    compare: 'How it compares',
    own: 'Our own pilot (fictional, for the demo)',
    prepare: 'Prepare for your visit',
    book: 'Book a consultation',
    askSafety: 'Ask us about ketamine’s risks for you',
    askOptions: 'Talk with us about your options',
    contact: 'Book a consultation',
    contactText:
      'This clinic is fictional, so there is nothing to book. On a real clinic page, the buttons above lead here.',
    footer: 'Harbor Light Clinic is a fictional clinic. This page demonstrates the ketamine-widgets library.',
  },
  es: {
    title: 'Tratamiento con ketamina para la ansiedad: lo que debe saber',
    intro:
      'Algunas clínicas, como la nuestra, ofrecen ketamina para los trastornos de ansiedad y el TEPT. Es un uso fuera de indicación: la ketamina no está aprobada por la FDA para estas afecciones. Abajo verá lo que muestra la investigación, lo bueno y lo malo, y en qué consiste el tratamiento. Hable con su médico antes de decidir.',
    mechanism: 'Cómo podría actuar',
    journey: 'Qué esperar',
    safety: 'Seguridad y efectos secundarios',
    research: 'Lo que dice la investigación',
    researchIntro:
      'Estos son los principales estudios de la ketamina para la ansiedad y el TEPT. Algunos encontraron un beneficio; el ensayo más grande sobre TEPT no. Cada tarjeta indica cuánto nos dice un solo estudio.',
    sidebar: 'Actúa más rápido, pero con estudios pequeños',
    compare: 'Cómo se compara',
    own: 'Nuestro propio piloto (ficticio, para la demostración)',
    prepare: 'Prepárese para su consulta',
    book: 'Pida una consulta',
    askSafety: 'Pregúntenos por los riesgos de la ketamina en su caso',
    askOptions: 'Hable con nosotros sobre sus opciones',
    contact: 'Pida una consulta',
    contactText:
      'Esta clínica es ficticia, así que no hay nada que reservar. En la página de una clínica real, los botones de arriba llevan aquí.',
    footer: 'Harbor Light Clinic es una clínica ficticia. Esta página muestra la biblioteca ketamine-widgets.',
  },
  fr: {
    title: 'La kétamine contre l’anxiété : ce qu’il faut savoir',
    intro:
      'Certaines cliniques, dont la nôtre, proposent la kétamine pour les troubles anxieux et le TSPT. C’est un usage hors indication : la kétamine n’est pas approuvée par la FDA pour ces troubles. Voici ce que montre la recherche, en bien comme en mal, et en quoi consiste le traitement. Parlez-en à votre médecin avant de décider.',
    mechanism: 'Comment elle pourrait agir',
    journey: 'À quoi s’attendre',
    safety: 'Sécurité et effets indésirables',
    research: 'Ce que dit la recherche',
    researchIntro:
      'Voici les principales études de la kétamine contre l’anxiété et le TSPT. Certaines ont trouvé un bénéfice ; le plus grand essai sur le TSPT, non. Chaque fiche indique ce qu’une seule étude peut nous apprendre.',
    sidebar: 'Plus rapide, mais de petites études',
    compare: 'Comparaison avec d’autres traitements',
    own: 'Notre propre étude pilote (fictive, pour la démo)',
    prepare: 'Préparez votre rendez-vous',
    book: 'Prendre rendez-vous',
    askSafety: 'Interrogez-nous sur les risques de la kétamine dans votre cas',
    askOptions: 'Parlez-nous de vos options',
    contact: 'Prendre rendez-vous',
    contactText:
      'Cette clinique est fictive : il n’y a rien à réserver. Sur le site d’une vraie clinique, les boutons ci-dessus mènent ici.',
    footer: 'Harbor Light Clinic est une clinique fictive. Cette page présente la bibliothèque ketamine-widgets.',
  },
  de: {
    title: 'Ketamin bei Angststörungen: Was Sie wissen sollten',
    intro:
      'Einige Kliniken, auch unsere, bieten Ketamin bei Angststörungen und PTBS an. Das ist eine Off-Label-Anwendung: Ketamin ist von der FDA dafür nicht zugelassen. Unten sehen Sie, was die Forschung zeigt, Gutes wie Schlechtes, und wie die Behandlung abläuft. Sprechen Sie vor einer Entscheidung mit Ihrer Ärztin oder Ihrem Arzt.',
    mechanism: 'Wie es wirken könnte',
    journey: 'Was Sie erwartet',
    safety: 'Sicherheit und Nebenwirkungen',
    research: 'Was die Forschung sagt',
    researchIntro:
      'Dies sind die wichtigsten Studien zu Ketamin bei Angst und PTBS. Einige fanden einen Nutzen, die größte PTBS-Studie nicht. Jede Karte zeigt, wie viel eine einzelne Studie aussagen kann.',
    sidebar: 'Schneller wirksam, aber kleine Studien',
    compare: 'Im Vergleich',
    own: 'Unsere eigene Pilotstudie (erfunden, für die Demo)',
    prepare: 'Bereiten Sie Ihren Termin vor',
    book: 'Termin vereinbaren',
    askSafety: 'Fragen Sie uns nach den Risiken von Ketamin für Sie',
    askOptions: 'Sprechen Sie mit uns über Ihre Möglichkeiten',
    contact: 'Termin vereinbaren',
    contactText:
      'Diese Klinik ist erfunden, daher kann man nichts buchen. Auf der Seite einer echten Klinik führen die Schaltflächen oben hierher.',
    footer: 'Die Harbor Light Clinic ist erfunden. Diese Seite zeigt die Bibliothek ketamine-widgets.',
  },
  'pt-BR': {
    title: 'Cetamina para ansiedade: o que você precisa saber',
    intro:
      'Algumas clínicas, como a nossa, oferecem cetamina para transtornos de ansiedade e TEPT. É um uso off-label: a cetamina não é aprovada pela FDA para essas condições. Abaixo está o que a pesquisa mostra, de bom e de ruim, e como é o tratamento. Converse com seu médico antes de decidir.',
    mechanism: 'Como pode agir',
    journey: 'O que esperar',
    safety: 'Segurança e efeitos colaterais',
    research: 'O que a pesquisa diz',
    researchIntro:
      'Estes são os principais estudos da cetamina para ansiedade e TEPT. Alguns encontraram benefício; o maior estudo sobre TEPT, não. Cada cartão mostra quanto um único estudo pode nos dizer.',
    sidebar: 'Ação mais rápida, mas estudos pequenos',
    compare: 'Como se compara',
    own: 'Nosso próprio estudo piloto (fictício, para a demonstração)',
    prepare: 'Prepare-se para a sua consulta',
    book: 'Agende uma consulta',
    askSafety: 'Pergunte-nos sobre os riscos da cetamina no seu caso',
    askOptions: 'Converse conosco sobre suas opções',
    contact: 'Agende uma consulta',
    contactText:
      'Esta clínica é fictícia, então não há nada para agendar. Na página de uma clínica real, os botões acima levam até aqui.',
    footer: 'A Harbor Light Clinic é uma clínica fictícia. Esta página demonstra a biblioteca ketamine-widgets.',
  },
  ar: {
    title: 'علاج القلق بالكيتامين: ما يجب أن تعرفه',
    intro:
      'تقدّم بعض العيادات، ومنها عيادتنا، الكيتامين لاضطرابات القلق واضطراب ما بعد الصدمة. هذا استخدام خارج النشرة المعتمدة: لم توافق إدارة الغذاء والدواء الأمريكية (FDA) على الكيتامين لهذه الحالات. ستجد أدناه ما تُظهره الأبحاث، الإيجابي منها والسلبي، وما يتضمّنه العلاج. تحدّث مع طبيبك قبل أن تقرّر.',
    mechanism: 'كيف قد يعمل',
    journey: 'ماذا تتوقع',
    safety: 'السلامة والآثار الجانبية',
    research: 'ماذا تقول الأبحاث',
    researchIntro:
      'هذه أهم دراسات الكيتامين للقلق واضطراب ما بعد الصدمة. وجد بعضها فائدة، ولم تجدها أكبر تجربة عن اضطراب ما بعد الصدمة. تبيّن كل بطاقة مقدار ما يمكن أن تخبرنا به دراسة واحدة.',
    sidebar: 'مفعول أسرع، لكن الدراسات صغيرة',
    compare: 'كيف يقارن بغيره',
    own: 'دراستنا التجريبية (وهمية، للعرض فقط)',
    prepare: 'استعد لزيارتك',
    book: 'احجز استشارة',
    askSafety: 'اسألنا عن مخاطر الكيتامين في حالتك',
    askOptions: 'تحدّث معنا عن خياراتك',
    contact: 'احجز استشارة',
    contactText: 'هذه العيادة وهمية، فلا يوجد ما يمكن حجزه. في صفحة عيادة حقيقية، تقود الأزرار أعلاه إلى هنا.',
    footer: 'عيادة Harbor Light عيادة وهمية. تعرض هذه الصفحة مكتبة ketamine-widgets.',
  },
};
const RTL = new Set(['ar']);

const buttons = document.querySelectorAll('[data-set-lang]');

function showLanguage(lang) {
  const text = PAGE_TEXT[lang] ?? PAGE_TEXT.en;
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  document.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = text[el.dataset.i18n];
  });
  buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setLang === lang)));
}

buttons.forEach((button) => button.addEventListener('click', () => showLanguage(button.dataset.setLang)));
showLanguage(document.documentElement.lang || 'en');
