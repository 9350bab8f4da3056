import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = 'The town council voted on Thursday night to spend the money repairing the footbridge over the creek, closed since spring.<br><br>';

describe('legacy CMS furniture', () => {
  it('leaves the News module\'s story row and the topic line after it out of the body (rule "News module\'s story row")', () => {
    const html = '<html><head><title>Valley Online - Council reopens footbridge</title></head><body><table><tr><td><font class="option"><b>Council reopens footbridge</b></font><br>'
      + '<font class="content">Posted by <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=admin">admin</a> on Saturday, December 05 @ 09:30:00 EST (1287 reads)<br>'
      + 'Topic <a href="modules.php?name=News&amp;new_topic=4">Local Government</a><br><br><a href="modules.php?name=News&amp;new_topic=4"><img src="images/topics/localgov.gif" alt="Local Government" align="right"></a>'
      + `${story.repeat(4)}</font></td></tr></table></body></html>`;
    const body = extract(Buffer.from(html), { url: 'http://valley.example/modules.php?name=News&file=article&sid=4412', now }).body;
    expect(body.split('\n\n')[0]).toBe('The town council voted on Thursday night to spend the money repairing the footbridge over the creek, closed since spring.');
    expect(body).not.toContain('Posted by');
    expect(body).not.toContain('Topic');
  });
});
