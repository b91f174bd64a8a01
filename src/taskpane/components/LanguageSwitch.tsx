import { Button } from '@fluentui/react-components';
import { LocalLanguageRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import { useLanguageChoice } from '../i18n/Localized';

/** Svenska/English: a button named in the other language, in that language (as language switches are). */
export function LanguageSwitch() {
  const strings = useStrings();
  const choice = useLanguageChoice();
  if (!choice) return null;
  const other = choice.language === 'sv' ? 'en' : 'sv';
  return (
    <Button appearance="subtle" size="small" icon={<LocalLanguageRegular />} lang={other} title={strings.switchLanguage} onClick={() => choice.choose(other)}>
      {other === 'en' ? 'English' : 'Svenska'}
    </Button>
  );
}
